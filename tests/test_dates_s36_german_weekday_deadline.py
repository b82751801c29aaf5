"""A German weekday after "bis mindestens", "bis spätestens", "bis voraussichtlich" (until at least, by … at the
latest, probably until) is a deadline or an end still to come: the next such weekday after the date of writing, not
the last one before it; "bis Freitag" alone also closes a past span ("von Montag bis Freitag") and stays as it was.
Sentences written for the test (a harbour's closure)."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


def _dates(tmp_path: Path, sentence: str) -> list[tuple[str, str | None]]:
    tmp_path.mkdir()
    root = make_project(tmp_path, {"page.txt": f"---\npublished: 2021-03-01\n---\nHafen\n\n{sentence}\n"})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return [(e.date_text, e.iso_date) for e in briefing.events]


def test_a_weekday_still_to_come(tmp_path: Path) -> None:
    # written on Monday 1 March 2021: Wednesday and Friday of that week
    assert _dates(tmp_path / "a", "Der Hafen bleibt bis mindestens Mittwoch geschlossen.") == [
        ("bis mindestens Mittwoch", "2021-03-03")
    ]
    assert _dates(tmp_path / "b", "Anträge sind bis spätestens zum Freitag einzureichen.") == [
        ("bis spätestens zum Freitag", "2021-03-05")
    ]


def test_a_weekday_closing_a_span_or_alone_stays_past() -> None:
    assert dates_read("Der Hafen war von Montag bis Freitag geschlossen.", "de")[0][1] == "weekday"
    assert dates_read("Der Hafen war bis Freitag geschlossen.", "de")[0][1] == "weekday"
    assert dates_read("Am Mittwoch wurde der Hafen geschlossen.", "de")[0][1] == "weekday"
