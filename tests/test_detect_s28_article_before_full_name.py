"""Italian and Spanish news put no masculine article before a man's name: a full name alone right after "il", "del",
"el" names what is named after the person (a tournament, a stadium: "il Roland Garros", "el Santiago Bernabéu"),
no person. A club's name, then its player, is still the player; a woman's surname after "la" is hers. Sentences
written for the test (a tennis final)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La finale del Roland Garros si gioca domenica sul campo centrale."),
        ("it", "Il campione ha vinto il Roland Garros per la terza volta."),
        ("es", "La final se jugará en el Santiago Bernabéu el próximo domingo."),
    ],
)
def test_a_full_name_after_a_masculine_article_is_no_person(language: str, text: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Ieri il portiere del Porto Diogo Costa ha parato un rigore.", "Diogo Costa"),
        ("it", "Alla finale c'era anche Carlos Alcaraz, campione uscente.", "Carlos Alcaraz"),
        ("es", "El tenista Carlos Alcaraz ganó la final del domingo.", "Carlos Alcaraz"),
    ],
)
def test_people_stay(language: str, text: str, name: str) -> None:
    assert name in people(text, language)
