"""Review of "die Bundesregierung in <capital>" and of Bern as Switzerland's capital: the federal government in the
genitive after a noun ("der Botschafter der Bundesregierung in Moskau") is Germany's, whose envoy or office is in
that capital; and a capital after the word for a canton ("Kanton Bern", "canton de Berne") names the canton, not
the state. Sentences written for the test (a consulate, a tax rise)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str = "de") -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Botschafter der Bundesregierung in Moskau wurde einbestellt.",
        "Die Vertretung der Bundesregierung in Brüssel lehnt den Vorschlag ab.",
        "Der Konsul der Bundesregierung in Wien eröffnete das neue Büro.",
    ],
)
def test_the_federal_government_s_envoy_abroad_is_germany(text: str) -> None:
    assert states(text) == ["Germany"]


def test_the_government_in_another_capital_is_still_that_state() -> None:
    assert states("Die Bundesregierung in Wien hat das Konsulat geschlossen.") == ["Austria"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Kanton Bern erhöht die Steuern für Unternehmen.", "de"),
        ("Die Regierung des Kantons Bern senkt die Steuern.", "de"),
        ("Le canton de Berne a voté contre le projet.", "fr"),
        ("Il cantone di Berna ha approvato la riforma fiscale.", "it"),
    ],
)
def test_the_canton_of_a_capital_is_no_state(text: str, language: str) -> None:
    assert states(text, language) == []
