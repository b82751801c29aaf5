"""French, as Spanish, Italian and Portuguese, puts the definite article only before a body's acronym, dotted or not
("la GRC", "du COMEX", "auprès du C.N.O.S.F."), so an acronym right after it names a body even written once; the
acronyms of common nouns take it too and are listed ("le PIB", "la TVA"); a ship's prefix ("du BRP Sabina"), six
capitals (a ship's name as often), two initials joined by "&" ("la R&D"), a plural article ("des PNR", plans) and an
article in a line of capitals say nothing. And a state's name hyphened to a state's adjective is a place's name
("Colombie-Britannique", British Columbia), no state; a state joined so to another state, a continent or a noun stays
("France-Allemagne", "Russie-Afrique", "Iran-Gespräche"). Sentences written for the test (an arrest, a sports appeal,
a match put off)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(a.kind, s) for a in find_actors(text, language) for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Le suspect a été arrêté par la GRC à Vancouver.", "GRC"),
        ("Le recours a été déposé auprès du C.N.O.S.F. la semaine dernière.", "C.N.O.S.F."),
        ("Les décisions du COMEX ont été publiées hier.", "COMEX"),
    ],
)
def test_an_acronym_after_the_article_is_a_body(text: str, acronym: str) -> None:
    assert found(text, "fr") == {("organisation", acronym)}


@pytest.mark.parametrize(
    "text",
    [
        "Le PIB et la TVA ont augmenté.",  # common nouns' acronyms
        "LES SUPPORTERS ACCUEILLENT LA TORCHE SUR LE PORT !",  # a line in capitals
        "Le pétrolier a croisé la proue du BRP Sabina au large.",  # a ship's prefix
        "Les douaniers ont annoncé que le MARINOS accostera mardi.",  # six capitals: a ship's name
        "Les dépenses de la R&D ont augmenté cette année.",  # two words' initials joined by "&"
        "Le bilan des PNR précédents a été publié.",  # a plural article: a common noun's plural (plans)
    ],
)
def test_no_body_after_the_article(text: str) -> None:
    assert {kind for kind, _ in found(text, "fr")} <= {"state"}


def test_a_state_hyphened_to_another_word_is_a_longer_place() -> None:
    assert found("Il a déménagé en Colombie-Britannique l'an dernier.", "fr") == set()


@pytest.mark.parametrize(
    ("text", "language", "states"),
    [
        ("Le match France-Allemagne a été reporté.", "fr", {"France", "Allemagne"}),
        ("Le sommet Russie-Afrique se tiendra à Moscou.", "fr", {"Russie"}),
        ("The Israel-Gaza war entered its second year.", "en", {"Israel"}),
        ("Die Iran-Gespräche wurden vertagt.", "de", {"Iran"}),
    ],
)
def test_states_so_joined_stay(text: str, language: str, states: set[str]) -> None:
    assert found(text, language) == {("state", s) for s in states}
