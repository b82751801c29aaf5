"""A French club's form after its name ("Toulouse FC", "Angers SCO") ends the club's name; the forms that open one
("RC", "FC", "AS") do not take the player named after the club, nor make a body of an abbreviation ("RC Pro").
Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def actors(text: str, kind: str) -> list[str]:
    return [s for f in find_actors(text, "fr") if f.kind == kind for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("L’ailier du RC Lens Wesley Said a été suspendu un match.", "RC Lens Wesley Said"),
        ("Le capitaine du FC Nantes Pedro Chirivella a prolongé son contrat.", "FC Nantes Pedro Chirivella"),
        ("L’assurance RC Pro couvre les dommages causés aux clients.", "RC Pro"),
        ("Une FC Rapide a été mesurée chez les coureurs à Lille.", "FC Rapide"),
    ],
)
def test_a_club_form_opening_a_name_takes_no_player_nor_abbreviation(text: str, wrong: str) -> None:
    assert wrong not in actors(text, "organisation")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Le défenseur du Stade Brestois FC Kenny Lala a été exclu.", "Stade Brestois FC"),
        ("La commission a sanctionné Angers SCO après les incidents du match.", "Angers SCO"),
    ],
)
def test_a_club_form_after_the_name_ends_it(text: str, club: str) -> None:
    assert club in actors(text, "organisation")
