"""Review fix: in Afrikaans, Dutch and Haitian Creole (titles from `data/detection_words.yaml`) a title's word
opening a street's, a foundation's or a league's name, or an office closed by Haitian Creole's article after its
noun, names no person; a lower-case title before one name, or a title before a full name, still does. Texts
written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zij speelde twee jaar in de Premier League voor een kleine club.", "nl"),
        ("De bus stopt voortaan op de Burgemeester Jansenweg bij het station.", "nl"),
        ("De Koning Albertstichting geeft geld aan het nieuwe museum.", "nl"),
        ("Die nuwe kliniek staan in President Botha-straat naby die stasie.", "af"),
        ("Minis Sante Piblik la te prezante yon nouvo plan.", "ht"),
        ("Se Prezidan Chanm lan ki te pale ak laprès yè.", "ht"),
        ("Jij Okap lan te voye dosye a bay lapolis.", "ht"),
    ],
)
def test_a_title_opening_a_place_or_an_office_names_no_person(text: str, language: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Volgens burgemeester Wouterse is de maatregel nodig.", "nl", "Wouterse"),
        ("Gisteren sprak premier Hendriks met de boeren.", "nl", "Hendriks"),
        ("Die plan is deur President Tumelo Kgosana aangekondig.", "af", "Tumelo Kgosana"),
        ("Minis Jean Pierre Louis te pale ak jounalis yo.", "ht", "Jean Pierre Louis"),
    ],
)
def test_a_title_before_a_name_still_names_the_person(text: str, language: str, person: str) -> None:
    assert person in people(text, language)
