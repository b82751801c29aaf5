"""How a day of the current month is resolved, as the briefing's events show it (issue 14): from the publication
date, or year-less from a dateline without a year. Sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry


def _events(tmp_path: Path, text: str) -> list[tuple[str, str | None, str]]:
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "lighthouse.txt"
    path.write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    briefing = extract(load_source(path, tmp_path), registry)
    return [(e.date_text, e.iso_date, e.date_basis) for e in briefing.events]


def test_a_day_of_this_month_is_of_the_month_of_writing(tmp_path: Path) -> None:
    text = "Published: 2018-10-20\n\nThe keeper left the lighthouse on the 2nd of this month.\n\nIt stays dark.\n"
    assert _events(tmp_path, text) == [("the 2nd of this month", "2018-10-02", "relative")]


def test_a_day_of_this_month_after_the_day_of_writing_is_still_of_this_month(tmp_path: Path) -> None:
    text = "Published: 2018-10-20\n\nThe keeper returns on the 28th of this month.\n\nIt stays dark.\n"
    assert _events(tmp_path, text) == [("the 28th of this month", "2018-10-28", "relative")]


def test_under_a_dateline_without_a_year_it_is_year_less(tmp_path: Path) -> None:
    text = "北京10月9日电 看守人本月2日离开灯塔。\n\n灯塔仍然熄灭。\n"
    assert ("本月2日", "--10-02", "year-unknown") in _events(tmp_path, text)


def test_a_day_the_month_of_writing_lacks_is_not_published(tmp_path: Path) -> None:
    text = "Published: 2018-02-20\n\nThe keeper returns on the 30th of this month.\n\nIt stays dark.\n"
    assert _events(tmp_path, text) == [("the 30th of this month", None, "unresolved")]
