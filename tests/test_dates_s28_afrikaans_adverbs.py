"""Afrikaans "in" and a year inside a sentence, then an adverb or preposition ending as plural nouns end ("reeds",
already; "steeds", still; "volgens", according to) or a participle ("verkies", elected): the year, not a count
of things ("in 1500 skole" stays a count). Sentences written for the test (a town's water pipes)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Die dorpsraad het in 2021 reeds nuwe waterpype gelê.", 2021),
        ("Die ou pype het in 2019 steeds gelek.", 2019),
        ("Die raad is in 2016 verkies en het die pype vervang.", 2016),
        ("Die pype is in 2020 volgens die plan vervang.", 2020),
    ],
)
def test_a_year_before_an_adverb(sentence: str, year: int) -> None:
    assert [value for _, value in dates_read(sentence, "af")] == [(year, None, None)]


def test_a_count_of_things_stays_a_count() -> None:
    assert dates_read("Die dorp het water in 1500 skole en huise gebring.", "af") == []
