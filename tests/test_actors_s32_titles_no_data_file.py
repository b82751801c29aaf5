"""Titles before a person's name in languages with no data file under detect/ (`data/detection_words.yaml`:
Afrikaans, Dutch, Haitian Creole, and the Romance languages there): a name whose given name no list knows is a
person's after one. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("President Tumelo Kgosana het die naweek die droogte besoek.", "af", "Tumelo Kgosana"),
        ("Die ontleder dr. Ndapewa Shikongo sê die plan is laat.", "af", "Ndapewa Shikongo"),
        ("Volgens burgemeester Wouterse is de maatregel nodig.", "nl", "Wouterse"),
        ("Avoka Wisly Estimé te depoze yon petisyon devan tribinal la.", "ht", "Wisly Estimé"),
    ],
)
def test_a_title_before_an_unknown_name_makes_it_a_person(text: str, language: str, person: str) -> None:
    assert person in people(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die president het gesê dat die minister van finansies sal praat.", "af"),  # titles as common nouns
        ("Die burgemeester van Kaapstad het die begroting goedgekeur.", "af"),  # a city after "of", no name
        ("De minister van Financiën sprak gisteren in Den Haag.", "nl"),  # a ministry's field and a city
        ("Prezidan an te pale nan Pòtoprens ayè.", "ht"),  # the title alone, then a city
    ],
)
def test_a_title_with_no_name_after_it_names_no_person(text: str, language: str) -> None:
    assert people(text, language) == []
