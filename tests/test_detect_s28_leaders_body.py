"""A party or body named by its capitalised head-word alone and its leader's full name: "la Ligue de <full name>",
"la Liga de …", "<full name>'s League" name the body that person leads; a state's own government so named
("el Gobierno de …") stays the state's, and a head-word alone with no leader names no one. Sentences written for the
test (a regional election)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "body", "leader"),
    [
        ("fr", "Aux régionales, la Ligue de Marco Bernardi a perdu deux sièges.", "Ligue", "Marco Bernardi"),
        ("es", "En las regionales, la Liga de Marco Bernardi perdió dos escaños.", "Liga", "Marco Bernardi"),
        ("en", "In the regional vote, Marco Bernardi's League lost two seats.", "League", "Marco Bernardi"),
        ("fr", "La Fédération de Paul Girard a soutenu la liste sortante.", "Fédération", "Paul Girard"),
    ],
)
def test_a_head_word_and_its_leader(language: str, text: str, body: str, leader: str) -> None:
    actors = found(text, language)
    assert ("organisation", body) in actors
    assert ("person", leader) in actors


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("es", "El Gobierno de Marco Bernardi convocó las elecciones regionales.", "Gobierno"),  # the state's government
        ("fr", "Aux régionales, la Ligue a perdu deux sièges.", "Ligue"),  # no leader: no one in particular
        ("en", "In the regional vote, the League lost two seats to its rivals.", "League"),
        # a title before the name, and German, which capitalises every noun: a common noun's command, no body
        ("fr", "Les troupes sous le Commandement de Général Marco Bernardi ont avancé.", "Commandement"),
        ("de", "Die Truppen standen unter dem Kommando von General Marco Bernardi.", "Kommando"),
    ],
)
def test_no_body_without_its_leader(language: str, text: str, word: str) -> None:
    assert ("organisation", word) not in found(text, language)
