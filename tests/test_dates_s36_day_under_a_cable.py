"""A day of the month alone under a Chinese agency's cable ("…社某地3月6日电 …5日宣布") is a day of the cable's
month: the cable states the month, the publication date gives only the year, so the day is read with an inferred
year (matching a year-less reading and a full one alike), as the cable's own day is. Said again beside the cable
("3月6日电 …6日宣布"), it stays a statement of its own. Texts written for the test (a bridge over the Mono river)."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


def _events(tmp_path: Path, text: str) -> set[tuple[str, str | None, str]]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return {(e.date_text, e.iso_date, e.date_basis) for e in briefing.events}


def test_a_day_before_the_cables_day_is_of_its_month() -> None:
    found = dates_read("新华社洛美3月6日电 多哥交通部5日宣布,莫诺河大桥将于下月通车。", "zh")
    assert found == [("3月6日", (None, 3, 6)), ("5日", (None, 3, 5))]


def test_the_year_comes_from_the_publication_date(tmp_path: Path) -> None:
    text = "---\npublished: 2021-03-07\n---\n莫诺河大桥\n\n新华社洛美3月6日电 多哥交通部5日宣布,莫诺河大桥已于6日凌晨通车。\n"
    events = _events(tmp_path, text)
    assert ("5日", "2021-03-05", "inferred-year") in events
    # the cable's own day said again is a statement of its own, not merged into the cable's date
    assert ("6日", "2021-03-06", "inferred-year") in events
    assert ("3月6日", "2021-03-06", "inferred-year") in events


def test_no_cable_no_stated_month() -> None:
    # a day alone with no month before it stays counted from the day of writing
    assert dates_read("多哥交通部5日宣布,莫诺河大桥将于下月通车。", "zh") == [("5日", "day-of-month")]
    # a month stated after the day does not reach back to it
    found = dates_read("多哥交通部5日宣布,大桥将于4月1日通车。", "zh")
    assert found[0] == ("5日", "day-of-month")


def test_a_full_date_said_twice_is_one_event(tmp_path: Path) -> None:
    text = "---\npublished: 2021-03-07\n---\n莫诺河大桥\n\n大桥于3月6日通车,3月6日当天有千人到场。\n"
    events = [e for e in _events(tmp_path, text) if e[1] == "2021-03-06"]
    assert events == [("3月6日", "2021-03-06", "inferred-year")]
