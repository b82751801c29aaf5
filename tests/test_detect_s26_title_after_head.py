"""A body's head-word, then a capitalised title and a person's name, as official texts capitalise titles ("El
Gobierno del Presidente Mario Abdo Benítez"): the head-word alone names no body, and the person after the title is
read. Sentences written for the test, on a topic of their own (a national park)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("El Gobierno del Presidente Tomás Arregui Salcedo inauguró el parque nacional.", "Tomás Arregui Salcedo"),
        ("El Consejo del Ministro Julián Ortega aprobó el plan del parque.", "Julián Ortega"),
    ],
)
def test_the_person_after_a_capitalised_title(text: str, person: str) -> None:
    assert (person, "person") in found(text, "es")


def test_a_body_named_after_its_head_word_is_still_read() -> None:
    assert ("Gobierno de la República del Paraguay", "organisation") in found(
        "El Gobierno de la República del Paraguay inauguró el parque nacional.", "es"
    )
