"""A legislature's head-word alone, capitalised inside a sentence, names a body even where the paragraph names no
state (`bodies_alone_unnamed`, French and English): "adopté par le Sénat", "testified before Congress" name the
legislature the text is about, as an organisation named by that word. With one state in the paragraph it stays
that state's body; with two it names none; a title's complement ("président du Sénat"), a lower-case common noun
("the congress of the party"), a sentence's first word and a longer name are no such body. Sentences written for
the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("fr", "Le projet de loi a été adopté par le Sénat en avril.", "Sénat"),
        ("fr", "Députés et sénateurs siégeront en Congrès à Versailles lundi.", "Congrès"),
        ("fr", "Le président a suspendu les travaux du Parlement pour trente jours.", "Parlement"),
        ("en", "The company's chief executive testified in front of Congress.", "Congress"),
        ("en", "The ruling party has won a clear majority in the Parliament.", "Parliament"),
        ("fr", "Hier, le Sénat a adopté le texte en première lecture.", "Sénat"),
    ],
)
def test_a_legislature_alone_is_a_body(language: str, text: str, body: str) -> None:
    assert ("organisation", body) in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il fut premier vice-président du Parlement jusqu'en 2020."),  # a title's complement
        ("fr", "Le président du Sénat a reçu les maires."),  # a title's complement
        ("fr", "La France et l'Italie en débattent : le Sénat a voté."),  # two states: whose?
        ("en", "He was Speaker of Parliament until 2019."),  # a title's complement
        ("en", "The congress of the party opened on Monday."),  # a common noun
        ("en", "Senate rules were changed last year."),  # a paragraph's first word
        ("en", "The Parliament Hill protest grew overnight."),  # a longer name
        ("en", "Nearly 230 members of Parliament backed the motion."),  # its members, people
        ("fr", "Quelque 195 membres du Parlement ont voté la loi."),  # its members, people
        ("en", "Protesters on Tuesday stormed the Parliament buildings downtown."),  # it qualifies the next noun
    ],
)
def test_no_unnamed_legislature(language: str, text: str) -> None:
    assert not any(name in {"Sénat", "Parlement", "Parliament", "Congress", "Senate"} for _, name in found(text, language))


def test_a_named_state_keeps_its_body() -> None:
    assert ("organisation", "Tunisia Parliament") in found("En Tunisie, le président a suspendu le Parlement.", "fr")
