"""A body's head-word, then "of" and a full name the base knowledge holds ("el Gobierno de Javier Milei", "Il Governo
di Giorgia Meloni") names that person's government: the person is found, and no body called after them. A state's
name after "of" still closes the body's name ("las Fuerzas Armadas de Azerbaiyán"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("es", "El Gobierno de Javier Milei anunció un nuevo paquete de medidas económicas.", "Javier Milei"),
        ("it", "Il Governo di Giorgia Meloni ha approvato la legge di bilancio in serata.", "Giorgia Meloni"),
        ("en", "The Government of Javier Milei announced new measures on Tuesday.", "Javier Milei"),
    ],
)
def test_the_government_of_a_known_person_is_no_body(language: str, text: str, person: str) -> None:
    names = found(text, language)
    assert ("person", person) in names
    assert not [name for kind, name in names if kind == "organisation" and person in name]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("es", "Las Fuerzas Armadas de Azerbaiyán lanzaron una ofensiva en la región.", "Fuerzas Armadas de Azerbaiyán"),
        ("en", "The Armed Forces of Azerbaijan launched an offensive in the region.", "Armed Forces of Azerbaijan"),
    ],
)
def test_a_states_name_still_closes_the_body(language: str, text: str, body: str) -> None:
    assert ("organisation", body) in found(text, language)
