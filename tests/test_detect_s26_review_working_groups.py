"""Review of German legal forms: "AG" after nothing but the common noun of what a school's or a club's working group
does (Arbeitsgemeinschaft: "die Theater AG") names no company; a name before it still does ("Siemens AG").
Sentences written for the test, on a topic of their own (a school's week)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Theater AG der Schule führt am Freitag Faust auf.",
        "Die Umwelt AG des Gymnasiums hat Bäume gepflanzt.",
        "Am Montag gründeten Schüler eine Schach AG.",
        "Die Mitglieder der Robotik AG bauten einen Roboter.",
    ],
)
def test_a_working_group_is_no_company(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Die Siemens AG meldete einen Gewinn.", "Siemens AG"),
        ("Der Umsatz der Müller GmbH stieg.", "Müller GmbH"),
    ],
)
def test_a_named_company_stays_one(text: str, company: str) -> None:
    assert company in organisations(text)
