"""Turkic languages of the former Soviet Union close a body's name with its head-word and the possessive ending
("Markaziy Saylov komissiyasi", the Central Election Commission): the capitalised words before a word for a
commission, committee, ministry or council with its ending are that body, no person, though one ends as a Russian
surname does ("Saylov", election). A bare head-word is a complement ("komissiya aʼzolari") and names none. Sentences
written for the test (a city's water board)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("uz", "Kecha Suv Xoʻjaligi vazirligi yangi narxlarni eʼlon qildi.", "Suv Xoʻjaligi vazirligi"),
        ("uz", "Shahar Suv Saylov komissiyasi natijalarni eʼlon qildi.", "Shahar Suv Saylov komissiyasi"),
        ("uz", "Yangi loyihani Suv Kengashi qoʻmitasi muhokama qildi.", "Suv Kengashi qoʻmitasi"),
        ("kk", "Жаңа тарифті Су Ресурстары комитеті жариялады.", "Су Ресурстары комитеті"),
    ],
)
def test_a_head_word_closes_the_body(language: str, text: str, body: str) -> None:
    actors = found(text, language)
    assert ("organisation", body) in actors
    assert not any(kind == "person" for kind, _ in actors)


def test_a_bare_head_word_is_a_complement() -> None:
    actors = found("Vazir Baxtiyor Saidov komissiya aʼzolari bilan uchrashdi.", "uz")
    assert ("person", "Baxtiyor Saidov") in actors
    assert not any(kind == "organisation" for kind, _ in actors)
