"""German writes a term as "von 1996 bis 2004" before a capitalised noun ("… Bürgermeisterin"): a range of years,
though a capitalised noun after a number after "von" is otherwise what it counts ("von 2000 Soldaten"). Two round
numbers ("von 1800 bis 1900 Besucher"), a pair after "zwischen … und" (as often a count: "zwischen 2017 und 2019
Besucher") or a pair without "von" stay counts. Each sentence is written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("sentence", "phrase", "first", "last"),
    [
        ("Sie war von 1996 bis 2004 Bürgermeisterin der Stadt.", "1996 bis 2004", 1996, 2004),
        ("Er war von 2017 bis 2019 Trainer des Vereins.", "2017 bis 2019", 2017, 2019),
    ],
)
def test_a_term_from_one_year_to_another_is_a_range(sentence: str, phrase: str, first: int, last: int) -> None:
    assert read(sentence, "de") == [(phrase, (first, None, None), (last, None, None))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zum Fest kamen zwischen 1500 und 2000 Besucher.",
        "Zum Fest kamen von 1800 bis 1900 Besucher.",
        "Zum Fest kamen von 2000 Besucher.",
        "Zum Fest kamen zwischen 2017 und 2019 Besucher.",
    ],
)
def test_counts_of_people_stay_counts(sentence: str) -> None:
    assert read(sentence, "de") == []


def test_a_year_after_until_alone_is_still_a_year() -> None:
    assert read("Die Kommission soll bis 2027 im Amt bleiben.", "de") == [("2027", (2027, None, None))]
