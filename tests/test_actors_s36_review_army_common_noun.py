"""The army word alone as a passive's agent is the state's army only when it heads no common noun's phrase: "an army
of" helpers with no determiner ("the army of cleaners", "l'armée de volontaires") is a crowd, and "the army doctor"
a noun it qualifies; "par l'armée de son pays" and a function word after it ("by the army in 1979") still name the
army. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In Ghana, the beach in Accra was cleared by the army of cleaners hired by the council."),
        ("fr", "Au Sénégal, les digues ont été réparées par l'armée de volontaires du quartier."),
        ("en", "In Ghana, the clinic was opened by the army doctor Kwame Asante."),
    ],
)
def test_the_army_word_heading_a_common_noun_is_no_army(language: str, text: str) -> None:
    assert not any(name.endswith("Army") for name in organisations(text, language))


@pytest.mark.parametrize(
    ("language", "text", "army"),
    [
        ("en", "In Ghana, the prime minister was removed by the army in 1979.", "Ghana Army"),
        ("fr", "Le chef du Sénégal a été renversé par l'armée de son pays.", "Senegal Army"),
    ],
)
def test_the_army_alone_still_names_the_states(language: str, text: str, army: str) -> None:
    assert army in organisations(text, language)
