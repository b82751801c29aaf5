"""A Solar Hijri day stamped with its month's name between slashes ("۰۴ /جوزا /۱۴۰۳"), as Afghan ministries date
their statements: the day, the Dari or Iranian name of the month and the year, read as the other Solar forms are.
Sentences written for the test, on a topic of their own (a school's opening)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("۱۲ /حمل /۱۴۰۲", "۱۲ /حمل /۱۴۰۲", (2023, 4, 1)),  # 12 Hamal (Farvardin) 1402, a stamp alone on its line
        ("مکتب به تاریخ 15/اسد/1401 بازگشایی شد.", "15/اسد/1401", (2022, 8, 6)),  # 15 Asad (Mordad) 1401
        ("مدرسه ۳ / مهر / ۱۴۰۲ باز شد.", "۳ / مهر / ۱۴۰۲", (2023, 9, 25)),  # the Iranian name, spaced slashes
    ],
)
def test_a_solar_day_between_slashes(sentence: str, text: str, day: tuple) -> None:
    assert dates_read(sentence, "fa") == [(text, day)]


def test_a_count_over_a_word_is_no_date() -> None:
    """Figures around a word that is no month's name: no date."""
    assert dates_read("نسبت ۳ /کلاس /۱۴۰۲ نفر بود.", "fa") == []
