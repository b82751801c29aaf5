"""A bare weekday that a future cue a few words before it, in its own clause, tells of as to come ("the union will
strike on Thursday", "is calling for a march on Thursday") is the next such day after the date of writing, not the
one before it, which a bare weekday otherwise takes. A weekday before the cue, after a comma, called "last", or the
very day of writing stays as it was read. Texts written for the test (a dock strike)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


def _dates(tmp_path: Path, sentence: str) -> dict[str, str | None]:
    # published on Sunday 2 June 2024
    root = make_project(tmp_path, {"page.txt": f"---\npublished: 2024-06-02\n---\nDock strike\n\n{sentence}\n"})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return {e.date_text: e.iso_date for e in briefing.events}


@pytest.mark.parametrize(
    ("sentence", "weekday"),
    [
        ("The dockers' union will strike on Thursday.", "on Thursday"),
        ("The dockers' union is calling for a march on Thursday.", "on Thursday"),
        ("A second walkout is scheduled for Thursday.", "Thursday"),
        ("The port authority expects the union to call for a new stoppage on Thursday.", "on Thursday"),
    ],
)
def test_a_weekday_told_as_to_come_is_the_next_one(tmp_path: Path, sentence: str, weekday: str) -> None:
    assert _dates(tmp_path, sentence)[weekday] == "2024-06-06"


@pytest.mark.parametrize(
    ("sentence", "weekday"),
    [
        ("The dockers' union walked out on Thursday.", "on Thursday"),  # no cue: the one before
        ("The union said on Thursday that the strike will go on.", "on Thursday"),  # the cue after the weekday
        ("Dockers walked out on Thursday, and the union will meet again.", "on Thursday"),
        ("The union will meet again, after the walkout on Thursday.", "on Thursday"),  # a comma between
        ("The union will recall the strike of last Thursday.", "last Thursday"),
        ("The union will strike on Sunday.", "on Sunday"),  # the day of writing itself
    ],
)
def test_a_weekday_the_cue_does_not_place_stays(tmp_path: Path, sentence: str, weekday: str) -> None:
    expected = "2024-06-02" if "Sunday" in weekday else "2024-05-30"
    assert _dates(tmp_path, sentence)[weekday] == expected
