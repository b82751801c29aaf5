"""Levantine Arabic abbreviates the month names it shares with Syriac as a letter and a figure: "ت1", "ت2" (تشرين
الأول, الثاني: October, November), "ك1", "ك2" (كانون الأول, الثاني: December, January), written alone or beside the
Gregorian name ("26 ت2 نوفمبر"): the month, never its figure read as a day ("2 نوفمبر"). A month's two names after a
cue ("في تشرين الثاني نوفمبر", "في ت2 نوفمبر") are one month, not "الثاني" (the second) read as a day of the next.
Sentences written for the test (a harbour's closure)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أغلق الميناء في 26 ت2 نوفمبر بسبب العاصفة.", [("26 ت2 نوفمبر", (None, 11, 26))]),
        ("أغلق الميناء في 14 ت1 2019 بسبب العاصفة.", [("14 ت1 2019", (2019, 10, 14))]),
        ("أغلق الميناء في 3 ك2/يناير 2021 بسبب العاصفة.", [("3 ك2/يناير 2021", (2021, 1, 3))]),
        ("أغلق الميناء في ك1 ديسمبر 2020 بسبب العاصفة.", [("ك1 ديسمبر 2020", (2020, 12, None))]),
    ],
)
def test_abbreviated_months(sentence: str, expected: list[tuple[str, object]]) -> None:
    assert dates_read(sentence, "ar") == expected


@pytest.mark.parametrize(
    ("sentence", "month_text"),
    [
        ("أغلق الميناء في ت2 نوفمبر بسبب العاصفة.", "ت2 نوفمبر"),
        ("أغلق الميناء في تشرين الثاني نوفمبر بسبب العاصفة.", "تشرين الثاني نوفمبر"),
        ("أغلق الميناء في تشرين الثاني/نوفمبر بسبب العاصفة.", "تشرين الثاني/نوفمبر"),
        ("أغلق الميناء في شهر كانون الثاني يناير بسبب العاصفة.", "كانون الثاني يناير"),
    ],
)
def test_a_month_by_its_two_names_is_no_day(sentence: str, month_text: str) -> None:
    found = dates_read(sentence, "ar")
    assert len(found) == 1 and found[0][0] == month_text and found[0][1][2] is None  # a month, no day


def test_other_languages_keep_two_months_apart() -> None:
    # elsewhere "May/June" names two months: the cue's month alone, as before
    assert dates_read("The harbour closed in May/June.", "en") == [("May", (None, 5, None))]
