"""A sentence that opens with a person's full name whose surname is a state's name ("Luís Montenegro espera…"): in
the Romance languages the person, as inside a sentence; in English a given name that is also a word still opens
a question about the state. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(a.kind, a.name) for a in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Paulo Israel apresentou ontem o relatório da câmara.", "pt", "Paulo Israel"),
        ("Lucía Montenegro firmó el contrato del nuevo hospital.", "es", "Lucía Montenegro"),
        ("Marco Israel ha presentato il bilancio del comune.", "it", "Marco Israel"),
        ("Julien Israël a présenté le budget de la région.", "fr", "Julien Israël"),
    ],
)
def test_a_full_name_opening_a_sentence_is_the_person(text: str, language: str, person: str) -> None:
    kinds = found(text, language)
    assert ("person", person) in kinds
    assert not any(kind == "state" for kind, _ in kinds)


def test_an_english_question_about_a_state_keeps_the_state() -> None:
    assert ("state", "Russia") in found("Will Russia answer the new sanctions?", "en")


def test_a_state_after_a_word_that_is_no_given_name_stays_a_state() -> None:
    assert ("state", "Montenegro") in found("Hoje Montenegro celebra a sua independência.", "pt")
