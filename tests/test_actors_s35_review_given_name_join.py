"""Review of a given name alone joined to the full name written later (94ffe930): only a given name after a word
for kin is that person ("son frère Karim", then "Karim Haddad"); a king's "Charles" beside "Charles Michel" stays
another person. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("King Charles welcomed Council President Charles Michel to London. Charles said the visit mattered.", "en"),
        ("Le roi Charles a reçu le président Charles Michel à Londres. Charles a salué la visite.", "fr"),
    ],
)
def test_a_king_stays_apart_from_a_namesake(text: str, language: str) -> None:
    assert "Charles" in people(text, language)


def test_a_given_name_after_kin_joins_the_full_name() -> None:
    text = "Son frère Karim est arrivé lundi. Karim Haddad a ensuite parlé aux journalistes."
    assert people(text, "fr") == {"Karim Haddad"}
