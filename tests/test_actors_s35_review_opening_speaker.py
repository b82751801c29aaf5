"""Review of the one word opening an English sentence before a verb of speech (94ffe930): a bare capitalised word
there may be any noun ("Experts said", "Tradition says", "Mum said"), so it is who spoke only as the surname of a
person the text names in full with a given name ("Chidi Okafor … Okafor said"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str) -> set[str]:
    return {f.name for f in find_actors(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        "Experts said the bridge needed repairs.",
        "Diplomats said the talks would resume.",
        "Victims said they had waited for hours.",
        "Citizens said the market should stay open.",
        "Nurses said the ward was short of staff.",
        "Women said the new bus route was safer.",
        "Children said the playground was too small.",
        "Legend says the well never runs dry.",
        "Tradition says the bells ring at noon.",
        "Mum said the shop was closed.",
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_speaker(text: str) -> None:
    assert not names(text)


def test_the_surname_of_a_person_named_in_full_is_the_speaker() -> None:
    text = "Mayor Chidi Okafor opened the bridge on Monday. Okafor said the work had taken two years."
    assert any("Okafor" in name for name in names(text))
