"""Surnames in capitals, as official texts and some papers write them: after a title, two given names no list
knows and a surname in capitals are one person ("le ministre Tiémoko Meyliet KONE"), and after two known given names
a surname of four letters is kept ("Jean Pierre KONE"); without a title, a known given name and a surname in capitals
of five letters or more inside a sentence are a person, except in Turkish, where a bare name qualifies the noun after
it ("Murat ASELSAN hisselerini"). Sentences written for the test (a town's new bridge)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Le ministre Kouakou Yéboué DIOP a inauguré le nouveau pont de la ville.", "Kouakou Yéboué DIOP"),
        ("fr", "Le ministre Siaka Bakary KONE a inauguré le nouveau pont de la ville.", "Siaka Bakary KONE"),
        ("fr", "Le ministre Jean Marc DIOP a inauguré le nouveau pont de la ville.", "Jean Marc DIOP"),
    ],
)
def test_after_a_title_the_whole_name(language: str, text: str, name: str) -> None:
    assert people(text, language) == [name]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Il nuovo ponte è stato inaugurato ieri da Giulia BERNARDINI davanti al municipio.", "Giulia BERNARDINI"),
        ("it", "Alla cerimonia per il ponte anche Marco FERRANTE ha preso la parola.", "Marco FERRANTE"),
        ("es", "El nuevo puente fue inaugurado ayer por Lucía FERNÁNDEZ ante el ayuntamiento.", "Lucía FERNÁNDEZ"),
    ],
)
def test_a_given_name_and_a_surname_in_capitals(language: str, text: str, name: str) -> None:
    assert name in people(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Köprü için Murat ASELSAN hisselerini devretti."),  # a company's shares: Turkish needs apposition
        ("fr", "Le pont a été inauguré par le maire Paul Martin SNCF dans la matinée."),  # a full name, then an acronym
    ],
)
def test_no_surname_in_an_acronym(language: str, text: str) -> None:
    assert not any(name.endswith(("ASELSAN", "SNCF")) for name in people(text, language))
