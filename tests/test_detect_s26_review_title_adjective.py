"""Review of the person after a capitalised title that follows a body's head-word: the name opens with a given
name, and a capitalised adjective or second title after the title ("Presidente Electo") is no person. Sentences
written for the test, on a topic of their own (a transition of government)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "es") if f.kind == "person"]


@pytest.mark.parametrize(
    "text",
    ["La Oficina del Presidente Electo informó ayer.", "El Gabinete del Ministro Portavoz dijo que no."],
)
def test_a_word_after_the_title_that_opens_no_name_is_no_person(text: str) -> None:
    assert people(text) == []


def test_a_given_name_after_the_title_is_still_read() -> None:
    assert people("La Oficina del Presidente Rodrigo Salcedo Vidal informó ayer.") == ["Rodrigo Salcedo Vidal"]
