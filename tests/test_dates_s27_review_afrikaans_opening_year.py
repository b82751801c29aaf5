"""Afrikaans "In" opening a sentence before a recent year: a year, whatever word ending in -e or -s follows (a verb,
"moes", had to; "tree", steps; an adverb, "reeds", already); inside a sentence "in 1500 skole" is still a count.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2023 moes die skool sy saal herbou.", 2023),
        ("In 2017 reeds het die boere die dam uitgebrei.", 2017),
        ("Die saal is oud. In 2024 tree die hoof af.", 2024),
    ],
)
def test_in_opening_a_sentence_before_a_recent_year_is_a_year(sentence: str, year: int) -> None:
    assert dates_read(sentence, "af") == [(str(year), (year, None, None))]


def test_in_before_a_count_inside_a_sentence_is_still_no_year() -> None:
    assert dates_read("Die raad het in 1500 skole rekenaars gesit.", "af") == []
