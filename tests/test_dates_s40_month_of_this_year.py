"""English names a month or a day "of this year", "of last year", "of next year" ("in June of this year", "on 5
June of last year"): one date, its year counted from the date of writing, never the month alone and "this year"
read again as a second date. "The budget of this year" stays the year. Sentences written for the test (a harbour's
closure)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The harbour closed in June of this year.", [("June of this year", "this-year-month")]),
        ("The harbour closed on June 5 of this year.", [("June 5 of this year", "this-year-month")]),
        ("The harbour closed on 5th June of last year.", [("5th June of last year", "last-year-month")]),
        ("The harbour will close in March, of next year.", [("March, of next year", "next-year-month")]),
        ("The harbour closed in June of the current year.", [("June of the current year", "this-year-month")]),
    ],
)
def test_a_month_of_a_year_counted_from_now(sentence: str, expected: list[tuple[str, object]]) -> None:
    assert dates_read(sentence, "en") == expected


def test_the_year_alone() -> None:
    assert dates_read("The budget of this year is small.", "en") == [("this year", "year+0")]
