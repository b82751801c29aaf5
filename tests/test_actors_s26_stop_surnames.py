"""Actors: a word the language's stop list holds because it opens no name ("Guerra", war: "la Guerra Fría") that is
also a common surname, right after a known given name and closing the name, is the person's surname ("José
Guerra"); texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Según el analista Pablo Guerra, la inflación bajará en otoño.", "es", "Pablo Guerra"),
        ("A deputada Ana Guerra votou contra o orçamento.", "pt", "Ana Guerra"),
        ("Il sindaco ha incontrato Lucia Guerra in prefettura.", "it", "Lucia Guerra"),
    ],
)
def test_a_given_name_then_the_surname(text: str, language: str, person: str) -> None:
    assert person in names(text, language, "person")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Seconda Guerra Mondiale cambiò l'Europa.", "it"),  # "Seconda" is also a given name
        ("Durante a Guerra Fria, o muro dividiu Berlim.", "pt"),
        ("La Primera Guerra Mundial empezó en 1914.", "es"),
    ],
)
def test_a_war_is_no_person(text: str, language: str) -> None:
    assert names(text, language, "person") == []
