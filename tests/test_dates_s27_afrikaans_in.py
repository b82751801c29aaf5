"""Afrikaans "in", "sedert" and "sinds" before a bare year (`data/dates/additions/af.yaml`, Wiktionary's entries):
neither CLDR nor dateparser give Afrikaans a word for "in", so "In 2015 het ..." read no year. "in" before a
count of a unit stays a count. Each sentence is written for the test, on a topic of its own (a town's dam)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2017 is die nuwe dam naby die dorp gebou.", 2017),
        ("Die dorp het in 2019 die eerste water uit die dam gekry.", 2019),
        ("Sedert 2011 vra die boere vir 'n groter dam.", 2011),
        ("Sinds 2008 is daar elke somer watertekort.", 2008),
    ],
)
def test_a_year_after_an_afrikaans_preposition(sentence: str, year: int) -> None:
    assert dates_read(sentence, "af") == [(str(year), (year, None, None))]


def test_in_before_a_unit_is_a_count() -> None:
    assert dates_read("Die pyplyn loop in 2500 meter onder die grond.", "af") == []
