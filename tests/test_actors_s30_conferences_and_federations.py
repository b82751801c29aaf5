"""A federation named with a capital ("la Federazione Italiana Giuoco Calcio", "la Federazione Trelvi-Sud", "a
Federação Nacional dos Médicos") is an organisation; a press conference ("conferenza stampa", "conferência de
imprensa") is none, even opening a sentence, nor is a conference of the United Nations, a meeting. Each text is
written for the test."""

from __future__ import annotations

import pytest
from conftest import make_project

INTRO = {
    "it": "Titolo della nota\n\nIl ministero ha diffuso oggi una nota sulla situazione della regione.\n\n",
    "pt": "Título da nota\n\nO ministério divulgou hoje uma nota sobre a situação da região.\n\n",
    "es": "Título de la nota\n\nEl ministerio publicó hoy una nota sobre la situación de la región.\n\n",
}


def organisations(tmp_path, language: str, sentence: str) -> set[str]:
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    root = make_project(tmp_path, {"page.txt": INTRO[language] + sentence + "\n"})
    registry, _ = load_registry(Project(root))
    b = extract(load_source(root / "sources/page.txt", root), registry)
    kinds = {d.id: d.kind for d in b.detected}
    return {m.text for m in b.mentions if kinds.get(m.actor) == "organisation"}


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("it", "Lo riferisce il tesoriere della Federazione Trelvi-Sud ai cronisti.", "Federazione Trelvi-Sud"),
        ("it", "La Federazione Italiana Giuoco Calcio ha deciso la squalifica.", "Federazione Italiana Giuoco Calcio"),
        ("pt", "A Federação Nacional dos Médicos convocou uma greve.", "Federação Nacional dos Médicos"),
    ],
)
def test_a_federation_named_with_a_capital_is_an_organisation(tmp_path, language, sentence, name) -> None:
    assert name in organisations(tmp_path, language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Conferenza stampa del sindaco oggi alle dieci in municipio."),
        ("it", "Si terrà una conferenza stampa domani in comune."),
        ("pt", "Conferência de imprensa do ministro hoje em Lisboa."),
        ("es", "Conferencia de prensa habitual ofrecida por el portavoz en la capital."),
        ("pt", "Os delegados chegaram à Conferência das Nações Unidas sobre o clima."),
    ],
)
def test_a_press_conference_is_no_organisation(tmp_path, language: str, sentence: str) -> None:
    assert organisations(tmp_path, language, sentence) == set()
