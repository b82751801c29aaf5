"""Actors on a language's first day: a given name's initial glued to a surname. Two initials before one surname are
two people; a headline's state ("N.Korea") and a list's items ("A.Uchumi", "B.Elimu") are no one; a name that ends
its sentence is read. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[tuple[str, ...]]:
    return [f.surfaces for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        (
            "Türkmenistanyň Prezidenti S.Berdimuhamedow we Halk Maslahatynyň Başlygy G.Berdimuhamedow duşuşdy.",
            "tk",
            "S.Berdimuhamedow",
            "G.Berdimuhamedow",
        ),
        ("Ерөнхийлөгч П.Очирбат болон сайд Б.Очирбат уулзав.", "mn", "П.Очирбат", "Б.Очирбат"),
        ("Сайд Д.Баатар, дарга Н.Баатар нар ирэв.", "mn", "Д.Баатар", "Н.Баатар"),
    ],
)
def test_two_initials_before_one_surname_are_two_people(text: str, language: str, first: str, second: str) -> None:
    found = people(text, language)
    assert (first,) in found
    assert (second,) in found


def test_the_full_name_keeps_its_initialled_form() -> None:
    found = people("Батын Очирбат ирлээ. Дараа нь Б.Очирбат хэлэв.", "mn")
    assert len(found) == 1
    assert "Б.Очирбат" in found[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Serikali ya N.Korea ilirusha kombora jana, S.Korea imelaani.", "sw"),  # a headline's states
        ("Rais alizuru S.Africa wiki iliyopita.", "sw"),
        ("Sehemu A.Uchumi na sehemu B.Elimu zimejadiliwa.", "sw"),  # a list's items
        ("Ripoti ina sehemu A.Afya, B.Kilimo na C.Maji.", "sw"),
    ],
)
def test_no_person_of_a_state_or_a_list_item(text: str, language: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Dünýä çempiony ýeňşi gazanan M.Orazowa.", "tk", "M.Orazowa"),
        ("Sözi alan A.Meredowa. Soň ýygnak tamamlandy.", "tk", "A.Meredowa"),
    ],
)
def test_a_name_ending_its_sentence_is_a_person(text: str, language: str, surface: str) -> None:
    assert (surface,) in people(text, language)
