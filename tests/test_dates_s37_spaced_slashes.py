"""A day, month and year in figures set apart by slashes with spaces beside them ("5 / 8 /2012م", "12 / 02 / 2023"),
as Arabic letters and notices type them, are one date, as the unspaced "5/8/2012" is; a Hijri one with its era's
word after it ("17 / 9 /1433هـ") is converted as "17/9/1433هـ" is. Figures after another slash's figure (a chain of
scores or fractions) or without a year stay no date. Sentences written for the test (a ministry's decree, a treaty
signed in Cairo, a league's table)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "صدر القرار بتاريخ 3 / 4 /1445هـ الموافق 18 / 10 /2023م في الرياض.",
            "ar",
            [("3 / 4 /1445", (2023, 10, 18)), ("18 / 10 /2023", (2023, 10, 18))],
        ),
        ("وقعت الاتفاقية في 12 / 02 / 2023 بالقاهرة.", "ar", [("12 / 02 / 2023", (2023, 2, 12))]),
        ("Déposé le 12 / 02 / 2023 au greffe du tribunal.", "fr", [("12 / 02 / 2023", (2023, 2, 12))]),
        ("وقعت الاتفاقية في 12/ 02/ 2023 بالقاهرة.", "ar", [("12/ 02/ 2023", (2023, 2, 12))]),
    ],
)
def test_spaced_slashes_make_one_date(sentence: str, language: str, expected: list) -> None:
    assert dates_read(sentence, language) == expected


def test_no_bare_year_is_left_of_a_spaced_date() -> None:
    assert [text for text, _ in dates_read("صدر القرار بتاريخ 18 / 10 /2023م في الرياض.", "ar")] == ["18 / 10 /2023"]


@pytest.mark.parametrize(
    "sentence",
    [
        "سجل الفريق النتائج 1 / 2 / 3 / 2020 في الجدول.",  # a chain of figures: the last three after a slash's figure
        "انتهت المباراة 2 / 1 / 3 بعد التمديد.",  # no year
    ],
)
def test_figures_after_a_slash_or_without_a_year_are_no_date(sentence: str) -> None:
    assert dates_read(sentence, "ar") == []
