"""A name right after a lower-case word for a state's division and "of" (`division_words`: "la provincia de …",
"el distrito de …", "il comune di …", "the county of …") is the division's own name, a place: no person, even
where its words read as a given name and a surname. A title before a person ("el secretario de Estado …",
capitalised) and a division's word with no "of" keep the person. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == "person"}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("es", "Los equipos de rescate llegaron anoche a la provincia de Chiang Rai, al norte del país.", "Chiang Rai"),
        ("es", "Las lluvias inundaron varias calles del distrito de Mae Sai durante la madrugada.", "Mae Sai"),
        ("pt", "A barragem rompeu no estado de Minas Gerais, no sudeste do país.", "Minas Gerais"),
        ("it", "I soccorritori hanno raggiunto la provincia di Chiang Rai nella notte.", "Chiang Rai"),
        ("fr", "Les pompiers sont intervenus dans la province de Chiang Rai mardi soir.", "Chiang Rai"),
        ("en", "Floods cut the roads in the district of Mae Sai on Monday.", "Mae Sai"),
    ],
)
def test_a_division_is_no_person(language: str, text: str, place: str) -> None:
    assert place not in people(text, language)


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("es", "El secretario de Estado Antony Blinken llegó a Lima el lunes.", "Antony Blinken"),
        ("it", "Il presidente della provincia Mario Rossi ha firmato l'ordinanza.", "Mario Rossi"),
        ("es", "El gobernador de la provincia, Juan Pérez, visitó la zona.", "Juan Pérez"),
    ],
)
def test_a_person_near_a_division_word(language: str, text: str, person: str) -> None:
    assert person in people(text, language)
