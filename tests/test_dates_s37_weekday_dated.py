"""Arabic writes a weekday, then "dated" or "that is, the date" before the day it is ("يوم الأحد بتاريخ 1/1/1446هـ",
"يوم الأربعاء الموافق تاريخ 4-12-2024"): one date, the weekday part of it, as "الثلاثاء الموافق 12 يوليو" is. With
other words between them the weekday stays a date of its own. Sentences written for the test (a council's session,
an election day)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("عقد المجلس جلسته يوم الأحد بتاريخ 1/1/1446هـ في مقره.", [("يوم الأحد بتاريخ 1/1/1446", (2024, 7, 7))]),
        ("تقام الانتخابات يوم الأربعاء الموافق تاريخ 4-12-2024.", [("يوم الأربعاء الموافق تاريخ 4-12-2024", (2024, 12, 4))]),
        ("افتتح المعرض يوم الخميس بتاريخ 7 مارس 2024 في الدوحة.", [("يوم الخميس بتاريخ 7 مارس 2024", (2024, 3, 7))]),
    ],
)
def test_a_weekday_dated_is_one_date(sentence: str, expected: list) -> None:
    assert dates_read(sentence, "ar") == expected


def test_a_weekday_with_other_words_before_the_date_stays_apart() -> None:
    found = dates_read("اجتمعت اللجنة يوم الأحد، ثم أصدرت قرارها بتاريخ 5 مارس 2023.", "ar")
    assert found == [("يوم الأحد", "weekday"), ("5 مارس 2023", (2023, 3, 5))]
