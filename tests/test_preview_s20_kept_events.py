"""An edited source's events that are the same as before stay the very objects the last link compared and clustered
(pipeline.same_objects): an edit that adds no event (a paragraph without a date) clusters nothing again, and the
chronology is a fresh link's after every change."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import assign_ids, extract
from briefing.load import load_source
from briefing.pipeline import same_objects
from conftest import example_registry
from relinking import Relinking

CHANGES = [
    ("\n\nThe talks went on for a second day, officials said.\n", False),
    ("\n\nOn 4 March 2019, Qatar and NATO officials signed a new training agreement in Doha.\n", True),
    ("\n\nNo statement followed.\n", False),
]


def test_an_edit_without_a_new_event_clusters_nothing_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Relinking(tmp_path, 150, seed=29, monkeypatch=monkeypatch)
    project.linked(keep=True)
    edited = next(name for name in sorted(project.current) if len(project.current[name].events) >= 2)
    for added, new_event in CHANGES:
        before = project.briefing_of(edited)
        project.append(edited, added)
        kept = project.linked(keep=True)
        assert kept.entries == project.linked(keep=False).entries
        if not new_event:
            assert project.clustered[0] == 0
        after = project.briefing_of(edited)
        assert after is not before  # the briefing changed (its text); its events as they were are the same objects
        old = {e.id: e for e in before.events}
        assert any(e.id in old for e in after.events)
        assert all(e is old[e.id] for e in after.events if e.id in old and e == old[e.id])


def test_an_edited_briefing_keeps_its_unchanged_events_and_is_equal(tmp_path: Path) -> None:
    source = tmp_path / "sources" / "talks.txt"
    source.parent.mkdir()
    source.write_text("Talks in Doha\n\nOn 4 March 2019, Qatar and NATO officials met in Doha.\n", encoding="utf-8")
    (first,) = assign_ids([extract(load_source(source, tmp_path), example_registry())])
    last = {first.source.path: first}
    assert same_objects([first], last)[0] is first
    with source.open("a", encoding="utf-8") as out:
        out.write("\n\nOn 9 May 2021, Oman hosted talks in Muscat.\n")
    (edited,) = assign_ids([extract(load_source(source, tmp_path), example_registry())])
    (kept,) = same_objects([edited], last)
    assert kept == edited and kept.events[0] is first.events[0] and len(kept.events) == 2
    assert last[edited.source.path] is kept
