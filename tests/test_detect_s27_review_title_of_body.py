"""A capitalised title, "of" and a body, then one capitalised word: the surname of the title's holder, as news names
an official ("el Presidente del Senado Gómez"), no word of the body's name; a word of a known body's name stays in
it ("la Banca Centrale"). Sentences written for the test (a school year, a bridge)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "body", "person"),
    [
        ("El Presidente del Senado Gómez inauguró el curso escolar.", "es", "Senado", "Gómez"),
        ("O Presidente da Câmara Souza recebeu os prefeitos.", "pt", "Câmara", "Souza"),
        ("Il Presidente del Tribunale Ferri ha firmato il decreto.", "it", "Tribunale", "Ferri"),
        ("Le Président du Sénat Dubois a reçu les maires.", "fr", "Sénat", "Dubois"),
    ],
)
def test_the_holders_surname_after_the_body(text: str, language: str, body: str, person: str) -> None:
    names = found(text, language)
    assert ("organisation", body) in names
    assert ("person", person) in names


def test_a_word_of_a_known_bodys_name_stays_in_it() -> None:
    names = found("Il Presidente della Banca Centrale ha inaugurato il ponte.", "it")
    assert ("organisation", "Banca Centrale") in names
    assert not any(kind == "person" for kind, _ in names)
