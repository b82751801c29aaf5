"""A lower-case head-word after a lone capitalised genitive names no body: the genitive is a person or a place
("Podle Zemana soud", by Zeman the court), nor a run holding a conjunction ("Novákovi auto a policie"), nor a word
after a sentence's first word; an adjective or a state's name opening the body still does. Sentences written for
the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        ("cs", "Podle Horáka soud rozhodl příliš rychle.", "Horáka soud"),
        ("cs", "Primátor Olomouce policii za pomoc poděkoval.", "Olomouce policii"),
        ("pl", "Zdaniem Nowaka policja działała za wolno.", "Nowaka policja"),
        ("pl", "Mieszkańcy Krakowa policji nie wierzą.", "Krakowa policji"),
        ("sk", "Podľa Kováča polícia konala neskoro.", "Kováča polícia"),
        ("lt", "Anot Petraičio teismas klydo.", "Petraičio teismas"),
        ("hr", "Odvjetnik Horvata sudu je poslao žalbu.", "Horvata sudu"),
        ("cs", "Obyvatelé Brna soudí, že je to chyba.", "Brna soudí"),
        ("lv", "Pēc Kalniņa domām lēmums ir kļūdains.", "Kalniņa domām"),
        ("cs", "Zloděj vzal Dvořákovi kolo a policie ho hledá.", "Dvořákovi kolo a policie"),
    ],
)
def test_a_genitive_before_a_head_word_is_no_body(language: str, text: str, wrong: str) -> None:
    assert ("organisation", wrong) not in found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("sl", "Včeraj je to sporočila Mestna policija.", "Mestna policija"),
        ("cs", "Podle údajů Státní banky inflace klesla.", "Státní banky"),
        ("lv", "Lēmumu pārsūdzēja Kurzemes rajona tiesas tiesnesis.", "Kurzemes rajona tiesas"),
        ("lt", "Posėdyje kalbėjo Savivaldybės tarybos nariai.", "Savivaldybės tarybos"),
    ],
)
def test_an_adjective_or_a_lower_case_word_keeps_the_body(language: str, text: str, body: str) -> None:
    assert ("organisation", body) in found(text, language)
