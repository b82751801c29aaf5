"""Dates of events as issue 14's twentieth held-out set showed them read wrong: the year of an event named for
it ("Jeux olympiques de Lomé 2030"), a cue of several words after a year, two years joined by "and" before the
plural word for years, a weekday apart from the day it falls on in the same sentence, and words for "this year" and
a year of birth. Each text is written for the test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project

HEADLINE = {
    "ar": "اتفاق الصيد في لومي",
    "en": "Fisheries deal signed in Lomé",
    "es": "Acuerdo de pesca en Lomé",
    "fr": "Accord de pêche à Lomé",
    "it": "Accordo sulla pesca a Lomé",
    "ru": "Соглашение о рыболовстве в Ломе",
    "uk": "Угода про рибальство в Ломе",
}


def _found(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return [(e.date_text, e.date) for e in extract(load_source(root / "sources/page.txt", root), registry).events]


@pytest.mark.parametrize(
    ("sentence", "language", "found", "absent"),
    [
        # a year in the name of an event held in it, after the event's name and its place, or before the name
        ("Les ministres ont signé l'accord avant les Jeux olympiques de Lomé 2030.", "fr", ("2030", "2030"), None),
        ("El acuerdo se firmó antes de los Juegos Olímpicos de Lomé 2030.", "es", ("2030", "2030"), None),
        ("Угоду підписали перед Олімпійськими іграми 2030 у столиці Того.", "uk", ("2030", "2030"), None),
        # a count after it is no year
        ("The Lomé 2030 Olympic Games will draw 2000 athletes to the port.", "en", ("2030", "2030"), "2000"),
        ("وقعت الاتفاقية قبل أولمبياد لومي 2030 في العاصمة.", "ar", ("2030", "2030"), None),
        ("وقعت الاتفاقية بعد زلزال لومي 2023 الذي قتل 2000 شخص.", "ar", ("2023", "2023"), "2000"),
        # a cue of several words after the year ("presidential election")
        ("The minister won the 2016 presidential election before signing the deal.", "en", ("2016", "2016"), None),
        # the year a person was born in, as Italian names it
        ("Il ministro, classe 1959, ha firmato l'accordo sulla pesca.", "it", ("1959", "1959"), None),
    ],
)
def test_years_named_with_their_event(
    tmp_path: Path, sentence: str, language: str, found: tuple[str, str] | None, absent: str | None
) -> None:
    dates = _found(tmp_path, f"{HEADLINE[language]}\n\n{sentence}\n")
    if found:
        assert found in dates
    if absent:
        assert not any(date == absent for _, date in dates)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Соглашения о рыболовстве Того подписывало в 1979 и 1994 годах.", "ru"),
        ("Угоди про рибальство Того підписувало в 1979 і 1994 роках.", "uk"),
    ],
)
def test_two_years_joined_by_and_before_the_word_for_years_are_two_dates(tmp_path: Path, sentence: str, language: str) -> None:
    dates = _found(tmp_path, f"{HEADLINE[language]}\n\n{sentence}\n")
    assert ("1979", "1979") in dates
    assert ("1994", "1994") in dates


def test_a_weekday_apart_from_the_day_it_falls_on_is_a_date_of_its_own(tmp_path: Path) -> None:
    # 4 March 2024 was a Monday: the dateline's day and "on Monday" are two statements of it
    text = (
        "Fisheries deal signed in Lomé\n\nPublished: 2024-03-05 08:00\n\n"
        "LOMÉ, March 4 (Agency) -- The government approved the fisheries agreement, officials said on Monday.\n"
    )
    dates = _found(tmp_path, text)
    assert ("on Monday", "2024-03-04") in dates


def test_the_present_year_is_the_year_of_writing(tmp_path: Path) -> None:
    text = "Acuerdo de pesca en Lomé\n\nPublicado: 05/03/2024\n\nEl acuerdo de pesca entrará en vigor el presente año.\n"
    assert ("el presente año", "2024") in _found(tmp_path, text)


def test_a_crafts_number_is_no_day(tmp_path: Path) -> None:
    # "渔船3号": fishing boat No. 3, not the 3rd of the month; "上周六" after "渔船" stays last Saturday
    text = "洛美渔业协定\n\n发布时间: 2024-03-05 08:00\n\n“渔船3号”于3月4日返回洛美港。另一艘渔船上周六出海。\n"
    found = _found(tmp_path, text)
    assert not any(phrase == "3号" for phrase, _ in found)
    assert ("上周六", "2024-03-02") in found
