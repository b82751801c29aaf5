"""A Chinese day of the month alone after the day of writing, in a sentence that names the day of writing before it
("市政府今天(2日)宣布3日停班", today (the 2nd) announced no work on the 3rd), is told from that day: of the month of
writing, not the month before (which a day after the date of writing with no future cue takes). Without the named
day of writing, or with a day before it, nothing changes. Texts written for the test (a harbour's closure)."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


def _dates(tmp_path: Path, sentence: str) -> dict[str, str | None]:
    root = make_project(tmp_path, {"page.txt": f"---\npublished: 2021-03-02\n---\n港口\n\n{sentence}\n"})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return {e.date_text: e.iso_date for e in briefing.events}


def test_a_day_after_the_named_day_of_writing(tmp_path: Path) -> None:
    assert _dates(tmp_path, "港務局今天(2日)宣布港口3日關閉一天。")["3日"] == "2021-03-03"


def test_without_the_named_day_of_writing(tmp_path: Path) -> None:
    # no cue that the day is to come: the month before, as before
    assert _dates(tmp_path, "港務局宣布港口3日關閉一天。")["3日"] == "2021-02-03"
