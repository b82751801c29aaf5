"""Review B 3: "bis mindestens Mittwoch" after a span's first weekday ("vom Montag bis mindestens Mittwoch") is no
deadline still to come: a report may close the span in the past, so the weekdays are read as before (the last
such days). "bis mindestens Mittwoch" alone is still the next Wednesday. Sentences written for the test (a
bridge), on a page of Friday 5 March 2021."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


def _dates(tmp_path: Path, sentence: str) -> list[str | None]:
    tmp_path.mkdir()
    root = make_project(tmp_path, {"page.txt": f"---\npublished: 2021-03-05\n---\nBrücke\n\n{sentence}\n"})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return [e.iso_date for e in briefing.events]


def test_a_span_from_a_weekday_stays_in_the_past(tmp_path: Path) -> None:
    found = _dates(tmp_path / "a", "Die Brücke war vom Dienstag bis mindestens Donnerstag gesperrt gewesen.")
    assert "2021-03-11" not in found and found


def test_a_deadline_alone_is_still_to_come(tmp_path: Path) -> None:
    assert _dates(tmp_path / "b", "Die Brücke bleibt bis mindestens Donnerstag gesperrt.") == ["2021-03-11"]
