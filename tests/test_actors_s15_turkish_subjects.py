"""Turkish puts a sentence's subject first, set off by a comma when the sentence is long, and its verb last: one
capitalised word so set off, in a sentence a verb of speech closes, is a person named by the surname ("Ryan, …
belirtti."), on made-up sentences with an empty topic registry; a plural noun ("Yetkililer,") or a sentence adverb
("Ayrıca,") so set off is none, and a word inside the sentence is not read so."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> set[str]:
    return {f.name for f in find_actors(text, "tr") if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvorsen, toplantının ardından yaptığı açıklamada anlaşmanın yakında imzalanacağını söyledi.", "Halvorsen"),
        ("Kowalczyk, limanda 12 geminin beklediğini belirtti.", "Kowalczyk"),
        ("Ndayishimiye, kararın hemen uygulanacağını bildirdi.", "Ndayishimiye"),
    ],
)
def test_a_surname_set_off_before_a_closing_verb_of_speech_is_a_person(text: str, name: str) -> None:
    assert people(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Yetkililer, seçimin bu orana ulaşamadığını açıkladı.",
        "Ayrıca, bakanlık yeni kuralları açıkladı.",
        "Halvorsen, limana dün vardı.",  # no verb of speech closes it
        "Dün akşam Halvorsen, limana vardı ve konuştu.",  # not the sentence's first word
    ],
)
def test_no_person_without_the_pattern(text: str) -> None:
    assert people(text) == set()
