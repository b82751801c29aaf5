"""A line the build reads as a heading states its relative dates when it tells something, as a headline does ("Border
crossing closed today because of avalanche danger", "Верхний Ларс сегодня: дорога закрыта"): counted from the
publication date like a sentence's, or from a dateline's day without its year; a weekday or "today" with a word or two
("Today", "Closed today") is the page's furniture and states none, nor does a weekday beside another date the headline
states (that date's day of the week), while a whole date on its line still does. And an
English month alone after a comparison's words ("compared to December", "compared with May") is a month, as after
"in". Texts written for the test (a mountain pass, a fishing season), none from an evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project

OPENING = "Mountain pass news\n\nThe road to the border runs through the Darial gorge. Trucks use it every day.\n\n"
AFTER = "\n\nThe roads department said snow would fall all night. Drivers were told to wait.\n"


def _events(tmp_path: Path, text: str) -> set[tuple[str, str | None]]:
    return {(e.date_text, e.iso_date) for e in _events_of(tmp_path, text)}


def _events_of(tmp_path: Path, text: str) -> list:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return list(extract(load_source(root / "sources/page.txt", root), registry).events)


def test_a_headline_states_its_today(tmp_path: Path) -> None:
    text = "---\npublished: 2021-02-23\n---\n" + OPENING + "Border crossing closed today because of avalanche danger" + AFTER
    assert _events(tmp_path, text) == {("today", "2021-02-23")}


def test_a_headline_under_a_dateline_without_its_year_takes_its_day(tmp_path: Path) -> None:
    text = (
        "Закрыт перевал\n\nИз-за снега запрещено движение грузовиков на участке дороги\n\nПодписывайтесь на нас в Дзен\n\n"
        "ТБИЛИСИ, 23 фев — Sputnik.\n\nВерхний Ларс сегодня: дорога к границе закрыта\n\n"
        "Из-за угрозы схода лавин движение всех видов транспорта запрещено в направлении границы. Водителей просят ждать.\n\n"
        "В частности, запрет действует на участке автодороги.\n"
    )
    found = {(e.date_text, e.yearless) for e in _events_of(tmp_path, text)}
    assert ("сегодня", "--02-23") in found


@pytest.mark.parametrize("heading", ["Today", "Closed today", "Monday"])
def test_a_weekday_or_today_with_a_word_or_two_is_furniture(tmp_path: Path, heading: str) -> None:
    text = "---\npublished: 2021-02-23\n---\n" + OPENING + heading + AFTER
    assert _events(tmp_path, text) == set()


def test_a_headlines_weekday_beside_its_date_is_that_dates_weekday(tmp_path: Path) -> None:
    headline = "The convoy reached the border on Tuesday after leaving on 13 September"
    text = "---\npublished: 2022-09-14\n---\n" + OPENING + headline + AFTER
    assert _events(tmp_path, text) == {("13 September", "2022-09-13")}


def test_a_whole_date_on_its_line_still_states_it(tmp_path: Path) -> None:
    text = "---\npublished: 2021-02-23\n---\n" + OPENING + "Monday, 22 February" + AFTER
    assert _events(tmp_path, text) == {("Monday, 22 February", "2021-02-22")}


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("The catch rose in January (1 204 tonnes) compared to December (880 tonnes).", [1, 12]),
        ("Landings were lower than usual compared with May.", [5]),
    ],
)
def test_a_month_after_a_comparison_is_a_month(sentence: str, months: list[int]) -> None:
    assert [value[1] for _, value in dates_read(sentence, "en")] == months


def test_a_comparison_names_no_month_of_a_common_word() -> None:
    # "may" in lower case after "compared to" is no month
    assert dates_read("The catch compared to what we may land next year is small.", "en") == [("next year", "year+1")]
