"""A preposition is no part of a name where it opens a sentence only ("Contre Stade Lavallois FC"): inside a sentence
the same word may be a surname or a given name ("Kevin Durant", "Ante Rebić", "Marco Presso"). Texts written for these
tests, on a topic of their own (a village's marathon)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [surface for f in find_actors(text, language) if f.kind == "person" for surface in f.surfaces]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Le coureur Paul Durant a gagné le marathon du village.", "fr", "Paul Durant"),
        ("Selon les organisateurs, Claire Devant a couru le marathon.", "fr", "Claire Devant"),
        ("El atleta croata Ante Kovač ganó el maratón del pueblo.", "es", "Ante Kovač"),
        ("Ante Kovač ganó el maratón del pueblo.", "es", "Ante Kovač"),
        ("Il sindaco Giulio Presso ha premiato i corridori della maratona.", "it", "Giulio Presso"),
        ("Il sindaco Anna Senza ha aperto la maratona.", "it", "Anna Senza"),
    ],
)
def test_the_word_inside_a_sentence_is_a_name(text: str, language: str, person: str) -> None:
    assert people(text, language) == [person]


def test_opening_the_sentence_it_is_still_a_preposition() -> None:
    assert people("Contre Jean Dupont ont voté trois conseillers du marathon.", "fr") == ["Jean Dupont"]
