"""Two old years joined by "to" after a short word make a range only where that word is a word, not an abbreviation
without a vowel ("nrs", numbers). Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_numbers_after_an_abbreviation_are_no_range() -> None:
    assert dates_read("In de catalogus staan de kavels nrs 1731 tot 1734 apart.", "nl") == []


def test_a_from_word_still_makes_a_range() -> None:
    found = dates_read("De molen draaide van 1731 tot 1734 op wind.", "nl")
    assert found == [("1731 tot 1734", (1731, None, None), (1734, None, None))]
