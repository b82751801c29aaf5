"""A word that is, letter for letter, CLDR's name of a language (in the text's language or in English) names the
language, never a state's name respelled with a letter doubled or with a "c" for a "k": "Kannada", a language of
India, is no "Kanada" (Canada) in Swahili, Polish or Swedish. The respellings still read a state's name
("Niseer" in Wolof, "America" in Luganda). Texts written for these tests, on a topic of their own (a film)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tamthilia hiyo mpya imeandikwa kwa lugha ya Kannada na waigizaji wa Mysore.", "sw"),
        ("Nowy serial nagrano w języku Kannada z aktorami z Mysore.", "pl"),
        ("Den nya serien spelades in på Kannada med skådespelare från Mysore.", "sv"),
    ],
)
def test_a_language_s_name_is_no_state(text: str, language: str) -> None:
    assert states(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Filim eno bi dañu ko wone ci Niseer ak ci Mali.", "wo", ["Niger", "Mali"]),
        ("Firimu eno yalagiddwa mu America omwaka oguwedde.", "lg", ["United States"]),
    ],
)
def test_a_state_s_name_respelled_is_still_read(text: str, language: str, found: list[str]) -> None:
    assert sorted(states(text, language)) == sorted(found)
