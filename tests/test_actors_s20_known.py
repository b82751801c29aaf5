"""Actors with an empty topic registry in the languages with a detection file, on made-up texts: one reading of
CLDR's word for "and" serves the detection of names joined by it and the choice of a sibling language."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.knowledge import and_word


@pytest.mark.parametrize(
    ("code", "word"),
    [("en", "and"), ("fr", "et"), ("de", "und"), ("ru", "и"), ("tr", "ve"), ("ar", "و"), ("zh", "和"), ("ceb", "ug"), ("xx", "")],
)
def test_and_word_is_cldr_list_pattern_word(code: str, word: str) -> None:
    assert and_word(code) == word


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prime Minister Alinta Veradine arrived on Monday. On Tuesday Veradine and Korrin spoke by phone.", "en"),
        ("La Première ministre Alinta Veradine est arrivée lundi. Mardi, Veradine et Korrin se sont parlé.", "fr"),
    ],
)
def test_one_word_joined_by_and_to_a_known_person_is_a_person(text: str, language: str) -> None:
    people = {a.name for a in find_actors(text, language) if a.kind == "person"}
    assert people == {"Alinta Veradine", "Korrin"}
