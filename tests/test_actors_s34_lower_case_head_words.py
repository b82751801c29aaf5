"""Slavic and Baltic languages capitalise a body's first word only and close its name with a head-word of its own,
in lower case and in any case ("České národní banky", of the Czech National Bank; "Zemgales rajona tiesas", of the
Zemgale district court): the capitalised words inside a sentence, up to two lower-case words, then a word for a
court, police, ministry, bank, army and the like (`data/knowledge/compound_heads.yaml` `words`) are the body. A
place after a preposition, a person's name before a head-word, a sentence's first word, a time's entry and a
head-word in lower case alone name no body. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("cs", "Podle údajů České národní banky inflace v květnu klesla.", "České národní banky"),
        ("lv", "Lēmumu pārsūdzēja Kurzemes rajona tiesas tiesnesis.", "Kurzemes rajona tiesas"),
        ("lt", "Sprendimą vakar priėmė Kauno rajono savivaldybės taryba.", "Kauno rajono savivaldybės"),
        ("sr", "Prema navodima Hrvatske obalne straže, brod je zaustavljen.", "Hrvatske obalne straže"),
        ("sl", "To je sporočila Mestna policija v ponedeljek.", "Mestna policija"),
        ("pl", "Jak poinformowała Komenda Stołeczna policji, nikt nie zginął.", "Komenda Stołeczna policji"),
    ],
)
def test_a_lower_case_head_word_closes_the_body(language: str, text: str, body: str) -> None:
    assert ("organisation", body) in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "V Brně policie zadržela dva muže."),  # a place after a preposition, then the police
        ("cs", "Řekl Novák policii, že nic neviděl."),  # a surname, then the police (dative)
        ("cs", "Řekl Petr policii, že nic neviděl."),  # a given name
        ("sk", "Polícia podľa agentúry zasahovala v noci."),  # lower-case head-words alone
        ("sk", "21:40 Podľa agentúry zasahovali hasiči."),  # a live report's entry opening with a capital
        ("lv", "Tiesa nolēma, ka lieta ir jāizskata vēlreiz."),  # the head-word opening the sentence
    ],
)
def test_no_body(language: str, text: str) -> None:
    assert not any(kind == "organisation" for kind, _ in found(text, language))
