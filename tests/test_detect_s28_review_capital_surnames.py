"""Review of surnames in capitals without a title: English running text writes no surname in capitals, so a given
name that is also a city's then a word in capitals is a team or a shouted word, no person ("Orlando MAGIC"); Italian
and Spanish still read "da Giulia BERNARDINI". Sentences written for the test (a season's games)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "Fans cheered as Orlando MAGIC won again.",
        "Tickets for the Charlotte HORNETS game sold out.",
        "Residents of Sydney SUBURBS complained about noise.",
        "The crowd sang while Phoenix SUNS fans waited outside.",
    ],
)
def test_no_english_person_from_a_word_in_capitals(text: str) -> None:
    assert people(text, "en") == []


def test_italian_surname_in_capitals_kept() -> None:
    assert people("La partita è stata aperta ieri da Giulia BERNARDINI davanti allo stadio.", "it") == ["Giulia BERNARDINI"]
