"""Actors of French official statements: forms of address written in full before a name ("Madame", "Monsieur",
"Son Excellence"), West African names opening with "N'", and French football clubs named with their club's form
("FC", "SCO") after their name. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str, kind: str | None = None) -> list[str]:
    return [s for f in find_actors(text, language) if kind is None or f.kind == kind for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Madame Aminata TRAORE, directrice de l’hôpital régional, a inauguré le nouveau service.", "Aminata TRAORE"),
        ("Monsieur Kouassi Yao a présidé la cérémonie de remise des diplômes.", "Kouassi Yao"),
        ("Son Excellence Ibrahima Diallo a reçu les représentants des agriculteurs.", "Ibrahima Diallo"),
    ],
)
def test_a_french_form_of_address_in_full_opens_a_name(text: str, person: str) -> None:
    assert person in found(text, "fr", "person")


def test_the_form_of_address_alone_is_no_person() -> None:
    text = "Son Excellence, Monsieur Ibrahima Diallo a reçu les représentants des agriculteurs."
    assert "Son Excellence" not in found(text, "fr", "person")


def test_a_name_opening_with_n_apostrophe_is_one_word() -> None:
    assert "N’Dri Kouamé" in found("Le ministre N’Dri Kouamé a visité le port de pêche.", "fr", "person")


def test_the_negation_n_apostrophe_stays_a_word_of_the_sentence() -> None:
    assert found("Le port n’a pas rouvert depuis la tempête de mardi.", "fr", "person") == []


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Le Toulouse FC a battu le Havre samedi soir.", "Toulouse FC"),
        ("La commission a sanctionné le Stade Rennais FC mardi.", "Stade Rennais FC"),
    ],
)
def test_a_french_club_is_named_with_its_form(text: str, club: str) -> None:
    assert any(club in s for s in found(text, "fr", "organisation"))
