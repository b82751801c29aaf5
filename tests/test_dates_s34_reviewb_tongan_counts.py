"""Tongan "he" (the) before a four-digit number is a weak year cue: a year where the clause ends after it, a count
where a lower-case noun follows ("he 1200 seniti", 1200 cents). Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_count_after_the_article_is_no_year() -> None:
    assert dates_read("Naʻe lahi ange ʻa e fānau ki he 1800 tupu.", "to") == []
    assert dates_read("Ko e totongi ʻo e mā ko he 1200 seniti.", "to") == []


def test_a_year_ending_the_clause_is_still_one() -> None:
    assert dates_read("Naʻe langa ʻa e falelotu ʻi he 1908.", "to") == [("1908", (1908, None, None))]
