"""A preposition opening a sentence (French "Contre", "Chez", Spanish "Contra", Italian "Contro", Portuguese
"Contra") is no part of the name after it: the club or the person is read without it. Texts written for these tests,
on a topic of their own (a regional cup)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(surface, f.kind) for f in find_actors(text, language) for surface in f.surfaces]


def test_a_preposition_opening_the_sentence_is_no_part_of_the_club() -> None:
    assert found("Contre Stade Lavallois FC, l'équipe a gagné la coupe régionale.", "fr") == [
        ("Stade Lavallois FC", "organisation")
    ]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Contre Jean Dupont ont voté trois conseillers de la coupe.", "fr", "Jean Dupont"),
        ("Chez Jean Dupont, la coupe régionale a été préparée.", "fr", "Jean Dupont"),
        ("Contra Juan Pérez votaron tres concejales de la copa.", "es", "Juan Pérez"),
        ("Contro Marco Rossi hanno votato tre consiglieri della coppa.", "it", "Marco Rossi"),
        ("Contra João Silva votaram três vereadores da taça.", "pt", "João Silva"),
    ],
)
def test_a_preposition_opening_the_sentence_leaves_the_person(text: str, language: str, person: str) -> None:
    assert (person, "person") in found(text, language)
