"""German writes a state's body as one compound of the state's acronym and the body's head-word ("US-Militär",
"US-Armee", "der US-Luftwaffe"): the state's body, named in English as "das russische Militär" is. Only an acronym one
of the state's names is (`_state_acronyms`: "US", "UK"), never any capitals before a hyphen ("KI-Modell"), and only a
body's head-word after it ("US-Präsident" is a title, "US-Dollar" a currency). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das US-Militär hat am Hafen neue Einheiten stationiert.", "United States Armed Forces"),
        ("Nach Angaben des US-Militärs wurden zwei Boote abgefangen.", "United States Armed Forces"),
        ("Die US-Armee räumte den Stützpunkt im Oktober.", "United States Army"),
        ("In der Nacht nahm die US-Armee Verdächtige fest.", "United States Army"),  # a capitalised noun after it
        ("Neben einem Flugzeug der US-Luftwaffe warteten Hunderte.", "United States Air Force"),
        ("Das UK-Parlament stimmte am Abend ab.", "United Kingdom Parliament"),
    ],
)
def test_a_states_acronym_compounded_with_a_head_word_is_its_body(text: str, body: str) -> None:
    assert bodies(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        "Der US-Präsident reiste am Dienstag nach Lissabon.",  # a title, no body
        "Er zahlte 50 US-Dollar für das Ticket.",  # a currency
        "Ein neues KI-Modell wurde am Montag vorgestellt.",  # capitals no state's acronym
        "Die Luftwaffe flog am Morgen neue Einsätze.",  # a head-word alone, no state
    ],
)
def test_no_body_from_another_compound(text: str) -> None:
    assert bodies(text) == []
