"""Weekdays that name a night or a span of two days, and a weekday by its clock time.

- Russian "в ночь на пятницу" (the night running into Friday) is that weekday; "в ночь с четверга на пятницу" is
  one span named by its first day, as "la nuit de samedi à dimanche" is; beside a stated day it is that day
  ("в ночь на пятницу, 3 января").
- A weekday in the genitive after a clock time ("на 13:40 вторника") is that weekday, as in Ukrainian.
- Two weekdays in a row, the second with Arabic's "and" glued to it, after "between" ("بين الثلاثاء والأربعاء")
  are one span, as with a spaced joiner; without "between" they stay two days.
- Two weekdays joined into one night ("ليلة الأحد إلى الاثنين") are named by the first, the night's evening.

Sentences written for the test (a harbour and its storms)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


def _weekdays(sentence: str, language: str) -> list[tuple[str, int | None]]:
    return [(d.text, d.weekday) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Шторм обрушился на порт в ночь на пятницу.", [("в ночь на пятницу", 4)]),
        ("Шторм обрушился на порт в ночь с четверга на пятницу, сообщили власти.", [("в ночь с четверга на пятницу", 3)]),
        ("Шторм обрушился на порт в ночь с субботы на воскресенье.", [("в ночь с субботы на воскресенье", 5)]),
        ("По данным на 18:30 среды, в порту нет света.", [("среды", 2)]),
    ],
)
def test_russian_nights_and_times_of_a_weekday(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _weekdays(sentence, "ru") == expected


def test_a_russian_night_beside_its_stated_day_is_that_day() -> None:
    assert dates_read("Шторм обрушился на порт в ночь на пятницу, 3 января, и разрушил причал.", "ru") == [
        ("в ночь на пятницу, 3 января", (None, 1, 3))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Встречу в порту назначили на пятницу.", []),  # "на пятницу" alone: for Friday, no night
        ("В порту разгрузили 18 судов за среду.", []),  # a weekday after a count, no clock time
        ("Ночь была тихой, а в пятницу начался шторм.", [("в пятницу", 4)]),  # the night ends its clause
    ],
)
def test_russian_weekdays_that_are_no_night(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _weekdays(sentence, "ru") == expected


def test_arabic_weekdays_between_with_a_glued_and_are_one_span() -> None:
    assert _weekdays("أغلق الميناء لبضع ساعات بين الثلاثاء والأربعاء الماضيين.", "ar") == [("الثلاثاء والأربعاء", 1)]
    # without "between" they are two days
    assert _weekdays("أغلق الميناء الثلاثاء والأربعاء.", "ar") == [("الثلاثاء", 1), ("والأربعاء", 2)]


def test_a_night_of_two_weekdays_is_named_by_its_first() -> None:
    assert _weekdays("ضربت العاصفة الميناء ليلة الأحد إلى الاثنين.", "ar") == [("ليلة الأحد إلى الاثنين", 6)]
    assert _weekdays("La tempête a frappé le port dans la nuit de samedi à dimanche.", "fr") == [("samedi à dimanche", 5)]
    assert _weekdays("The storm hit the harbour in the Friday/Saturday night.", "en") == [("Friday/Saturday", 4)]
    # a stated day after the weekday still dates the span
    found = dates_read("Tra sabato e domenica 8 maggio il porto ha chiuso.", "it")
    assert found == [("sabato e domenica 8 maggio", (None, 5, 8))]


def test_the_night_is_dated_from_the_day_of_writing(tmp_path: Path) -> None:
    # written on Wednesday 13 March 2024: the night from Sunday 10 to Monday 11 March
    text = "---\npublished: 2024-03-13\n---\nالميناء\n\nضربت العاصفة الميناء ليلة الأحد إلى الاثنين وأغرقت الأرصفة.\n"
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    events = extract(load_source(root / "sources/page.txt", root), registry).events
    assert [(e.date_text, e.iso_date) for e in events] == [("ليلة الأحد إلى الاثنين", "2024-03-10")]
