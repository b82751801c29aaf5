"""A stated day beside a weekday it did not fall on is a reliability note with the sentence quoted, on the
briefing's page and in api/briefings.json; a weekday that fits, or one that picked an unstated year, is not.
The texts are written for the test, on a topic of their own (a ferry line across an invented strait)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import build_project, make_project

WRONG = "The ferry line across the Strait of Ruritania opened on Wednesday, March 5, 2024, after two years of works.\n"
RIGHT = "The ferry line across the Strait of Ruritania opened on Tuesday, March 5, 2024, after two years of works.\n"
FRENCH = "La ligne de ferry a été inaugurée le jeudi 5 mars 2024 après deux ans de travaux.\n"
YEARLESS = "The ferry line opened on Wednesday, March 5, after two years of works.\n"


def _notes(site: Path) -> dict[str, list[dict]]:
    briefings = json.loads((site / "api" / "briefings.json").read_text(encoding="utf-8"))
    return {b["source"].removeprefix("sources/"): b["reliability"]["notes"] for b in briefings}


def test_a_weekday_that_contradicts_its_date_is_noted(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"wrong.txt": WRONG, "right.txt": RIGHT, "french.txt": FRENCH, "yearless.txt": YEARLESS})
    site = build_project(root, tmp_path / "site")
    notes = _notes(site)
    (wrong,) = [n for n in notes["wrong.txt"] if n["code"] == "weekday-mismatch"]
    assert wrong["severity"] == "medium"
    assert "“on Wednesday, March 5, 2024” names a Wednesday, but 5 March 2024 was a Tuesday" in wrong["message"]
    assert wrong["evidence"] == [WRONG.strip()]
    (french,) = [n for n in notes["french.txt"] if n["code"] == "weekday-mismatch"]
    assert "names a Thursday, but 5 March 2024 was a Tuesday" in french["message"]
    # a weekday that fits its day, and one from which the build chose the year, contradict nothing
    assert not [n for n in notes["right.txt"] + notes["yearless.txt"] if n["code"] == "weekday-mismatch"]
    pages = [p.read_text(encoding="utf-8") for p in site.glob("briefings/*/index.html")]
    (page,) = [p for p in pages if "opened on Wednesday, March 5, 2024" in p]
    assert "but 5 March 2024 was a Tuesday" in page
