"""Hebrew's "year of" ("שנת") with the prepositions glued to it before a year ("לשנת 2023", for the year 2023;
"משנת 2018", since the year 2018): a year, as "בשנת" already is (data/dates/additions/he.yaml). Each sentence is
written for the test, on a topic of its own (a school's plan)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "year"),
    [
        ("הוועדה אישרה את תוכנית בית הספר לשנת 2023.", "2023", 2023),
        ("המנהלת מכהנת בתפקידה משנת 2018.", "2018", 2018),
        ("בית הספר נפתח בשנת 1995.", "1995", 1995),
    ],
)
def test_a_year_after_the_year_of(sentence: str, text: str, year: int) -> None:
    assert dates_read(sentence, "he") == [(text, (year, None, None))]


def test_a_count_before_the_year_of_is_no_year() -> None:
    assert dates_read("בבית הספר נרשמו 1800 תלמידים לשנת הלימודים.", "he") == []
