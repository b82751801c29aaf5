"""Ukrainian and Russian write a football club's kind as an acronym before its quoted name ("ФК «Карпати» (Львів)",
"ПФК “Металург”"): the quoted name is the club, an organisation, and the acronym alone names none (as "ТОВ" before a
company's does not); "СК" is left alone, the Investigative Committee's acronym too ("СК РФ"). And one word in
capitals of two to four letters after a title is a body's acronym, not a person's surname ("Глава УГКЦ", the
Church's head; "представник ООН"): a surname set in capitals after a title is longer ("Vali Hasan ÖZKAN").
Sentences written for the test (a league's disciplinary notice, a church's synod)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str, kind: str) -> set[str]:
    return {s for a in find_actors(text, language) if a.kind == kind for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "club"),
    [
        ("Комітет оштрафував ФК «Карпати» (Львів) за поведінку вболівальників.", "uk", "Карпати"),
        ("Півзахисник ПФК “Металург” пропустить два матчі.", "uk", "Металург"),
        ("Комитет оштрафовал ФК «Торпедо» за поведение болельщиков.", "ru", "Торпедо"),
    ],
)
def test_a_quoted_name_after_a_clubs_acronym_is_the_club(text: str, language: str, club: str) -> None:
    assert any(club in s for s in found(text, language, "organisation"))


def test_the_clubs_acronym_alone_is_no_body() -> None:
    assert not any(s in ("ФК", "ПФК") for s in found("Комітет оштрафував ФК «Карпати» і ПФК “Металург”.", "uk", "organisation"))


def test_the_investigative_committees_acronym_stays_a_body() -> None:
    found_ru = found("Голова СК заявив про нову справу.", "ru", "organisation")
    assert "СК" in found_ru | found("Слідчі СК відкрили справу.", "uk", "organisation")


@pytest.mark.parametrize(
    "text",
    ["Глава УГКЦ звернувся до вірних із посланням.", "Представник ООН відвідав табір біженців.", "Глава МЗС заявив про зустріч."],
)
def test_a_short_word_in_capitals_after_a_title_is_no_person(text: str) -> None:
    assert found(text, "uk", "person") == set()


def test_a_long_surname_in_capitals_after_a_title_stays_a_person() -> None:
    assert found("Vali Hasan ÖZKAN açıklama yaptı.", "tr", "person")
    assert found("Il presidente Mario ROSSI ha parlato ieri.", "it", "person")
