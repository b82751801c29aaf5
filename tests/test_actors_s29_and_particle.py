"""Actors on a language's first day: a name particle other languages share ("da", "van", "de") that is the
language's own word for "and" in CLDR's list pattern (Hausa "{0} da {1}") joins two people, not one name's words;
texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.generic_words import detection_data


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("A jiya ne Muhammadu Buhari da Yemi Osinbajo suka gana a fadar gwamnati.", "Muhammadu Buhari", "Yemi Osinbajo"),
        ("Taron ya samu halartar Ibrahim Shekarau da Abdullahi Ganduje a Kano.", "Ibrahim Shekarau", "Abdullahi Ganduje"),
    ],
)
def test_two_people_joined_by_and(text: str, first: str, second: str) -> None:
    people = names(text, "ha", "person")
    assert first in people and second in people
    assert not any(" da " in p for p in people)


def test_the_and_word_is_no_particle_of_that_language_alone() -> None:
    assert detection_data("ha")["and_particles"] == ["da"]  # a particle still, but "and" before a full name
    assert "and_particles" not in detection_data("sw")
    assert "da" in detection_data("sw")["particles"]  # Swahili's "and" is "na": "da" still joins "Lula da Silva"
    assert "van" in detection_data("ha")["particles"]


def test_a_particle_that_is_no_and_still_joins_a_name() -> None:
    assert "Ursula von der Leyen" in names("Shugabar hukumar Ursula von der Leyen ta isa Abuja jiya.", "ha", "person")
