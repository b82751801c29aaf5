"""Weekdays in forms the case tables of CLDR lack. Russian puts a weekday in the instrumental after "датированный"
(dated) and "перед" (before): "письмо, датированное воскресеньем", "перед пятницей"; "с" with the instrumental is
"with" ("с пятницей"), and "средой" is also the environment's instrumental ("с окружающей средой"): no weekday.
Ukrainian dates a day of this week by "this" and the weekday in the genitive: "цієї неділі", "цього понеділка". A
weekday its own words place ("опубликованное в понедельник, но датированное воскресеньем") is no second day of a
list after the first ("в пятницу и в субботу"): the Sunday before the Monday, not the one after it. Sentences
written for the test (a harbour's closure)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


@pytest.mark.parametrize(
    ("sentence", "language", "text"),
    [
        ("Приказ, датированный воскресеньем, закрыл порт.", "ru", "датированный воскресеньем"),
        ("Приказ датирован четвергом.", "ru", "датирован четвергом"),
        ("Порт закрыли перед пятницей.", "ru", "перед пятницей"),
        ("Порт закрили цієї неділі.", "uk", "цієї неділі"),
        ("Цього понеділка порт закрили.", "uk", "Цього понеділка"),
    ],
)
def test_weekday_forms(sentence: str, language: str, text: str) -> None:
    assert dates_read(sentence, language) == [(text, "weekday")]


@pytest.mark.parametrize(
    "sentence",
    ["Порт связан с окружающей средой.", "Порт живёт перед средой и рынком.", "Он пришёл в порт с пятницей на руках."],
)
def test_no_weekday(sentence: str) -> None:
    assert dates_read(sentence, "ru") == []


def _dates(tmp_path: Path, sentence: str) -> list[tuple[str, str | None]]:
    tmp_path.mkdir()
    root = make_project(tmp_path, {"page.txt": f"---\npublished: 2024-05-27\n---\nПорт\n\n{sentence}\n"})
    registry, _ = load_registry(Project(root))
    return [(e.date_text, e.iso_date) for e in extract(load_source(root / "sources/page.txt", root), registry).events]


def test_a_weekday_its_words_place_is_no_listed_day(tmp_path: Path) -> None:
    # written on Monday 27 May 2024: the Sunday before, not the Sunday after the Monday
    sentence = "Приказ о закрытии порта опубликован в понедельник, но датирован воскресеньем."
    assert _dates(tmp_path / "a", sentence) == [("в понедельник", "2024-05-27"), ("датирован воскресеньем", "2024-05-26")]
    # two listed weekdays stay one span: Friday, then the Saturday after it
    listed = [("в пятницу", "2024-05-24"), ("в субботу", "2024-05-25")]
    assert _dates(tmp_path / "b", "Порт был закрыт в пятницу и в субботу.") == listed
