"""Actors on a language's first day: a given name's initial glued by its full stop to a surname, as the press of
Mongolia and Central Asia writes people; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[tuple[str, ...]]:
    return [f.surfaces for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Сайд Б.Очирбат өчигдөр сургуульд очлоо.", "mn", "Б.Очирбат"),  # Mongolian
        ("Дарга Д.Ганбаатарын хэлсэн үг.", "mn", "Д.Ганбаатарын"),  # with its genitive ending
        ("Ол А.Бат-Эрдэнэ гэж хүн.", "mn", "А.Бат-Эрдэнэ"),  # a double surname
        ("Dünýä çempiony M.Orazowa ýeňiş gazandy.", "tk", "M.Orazowa"),  # Turkmen, Latin letters
    ],
)
def test_an_initial_glued_to_a_surname_is_a_person(text: str, language: str, surface: str) -> None:
    assert (surface,) in people(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ol U.S.A. barada aýtdy.", "tk"),  # an abbreviation of initials
        ("Mekdep 5.Synp okuwçylaryny kabul etdi.", "tk"),  # a number, no initial
        ("Hasabat A.BELLI boldy.", "tk"),  # a word in capitals
    ],
)
def test_no_person_of_an_abbreviation_a_number_or_capitals(text: str, language: str) -> None:
    assert people(text, language) == []


def test_the_initial_and_surname_are_the_full_name_given() -> None:
    """A full name and its initialled form in one text ("Батын Очирбат" … "Б.Очирбат"): one person."""
    found = [f for f in find_actors("Батын Очирбат ирлээ. Дараа нь Б.Очирбат хэлэв.", "mn") if f.kind == "person"]
    assert len(found) == 1
    assert "Б.Очирбат" in found[0].surfaces
