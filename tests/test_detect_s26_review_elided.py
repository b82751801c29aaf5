"""French and Italian texts quote each other's names: the elided words of either language are read in both.
Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        # an Italian body's name with its elided preposition, quoted in French
        ("Le ministre a parlé dell'Agenzia Spaziale Italiana à Rome.", "fr", "Agenzia Spaziale Italiana"),
        ("L'ambasciatore ha incontrato i dirigenti dell'Agenzia Spaziale Italiana a Roma.", "it", "Agenzia Spaziale Italiana"),
    ],
)
def test_an_elided_preposition_of_the_other_language_is_no_word_of_the_name(text: str, language: str, body: str) -> None:
    assert body in names(text, language)
