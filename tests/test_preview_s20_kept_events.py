"""An edited source's events that are the same as before stay the very objects the last link compared and clustered
(pipeline.same_objects): an edit that adds no event (a paragraph without a date) clusters nothing again, and the
chronology is a fresh link's after every change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from briefing import link as link_module
from briefing.actors import in_language, merge_detected
from briefing.extract import assign_ids, extract
from briefing.link import Links, link
from briefing.load import load_source
from briefing.model import Briefing
from briefing.pipeline import Project, load_registry, same_objects
from briefing.registry import Registry
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate


@pytest.fixture(scope="module")
def registry() -> Registry:
    registry, problems = load_registry(Project(ROOT))
    assert not [p for p in problems if p.severity == "error"]
    return registry


CHANGES = [
    ("\n\nThe talks went on for a second day, officials said.\n", False),
    ("\n\nOn 4 March 2019, Qatar and NATO officials signed a new training agreement in Doha.\n", True),
    ("\n\nNo statement followed.\n", False),
]


def test_an_edit_without_a_new_event_clusters_nothing_again(
    tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "sources"
    generate(folder, 150, seed=29)
    current = {path.name: extract(load_source(path, tmp_path), registry) for path in sorted(folder.iterdir())}
    clustered: list[int] = []
    original = link_module._clustered
    monkeypatch.setattr(
        link_module, "_clustered", lambda facts, events, *rest: clustered.append(len(events)) or original(facts, events, *rest)
    )
    last: dict[str, Briefing] = {}

    def linked(keep: bool) -> Links:
        items, merged = merge_detected(assign_ids(list(current.values())), registry)
        return link(same_objects(items, last) if keep else items, in_language(merged, "en"), keep=keep)

    linked(keep=True)
    names = sorted(current)
    edited = next(name for name in names if len(current[name].events) >= 2)
    for added, new_event in CHANGES:
        before = _briefing_of(last, edited)
        with (folder / edited).open("a", encoding="utf-8") as out:
            out.write(added)
        current[edited] = extract(load_source(folder / edited, tmp_path), registry)
        clustered.clear()
        kept = linked(keep=True)
        assert kept.entries == linked(keep=False).entries
        if not new_event:
            assert clustered[0] == 0
        after = _briefing_of(last, edited)
        assert after is not before  # the briefing changed (its text); its events as they were are the same objects
        old = {e.id: e for e in before.events}
        assert any(e.id in old for e in after.events)
        assert all(e is old[e.id] for e in after.events if e.id in old and e == old[e.id])


def _briefing_of(last: dict[str, Briefing], name: str) -> Briefing:
    return next(b for b in last.values() if b.source.path.endswith(f"/{name}"))


def test_an_edited_briefing_keeps_its_unchanged_events_and_is_equal(tmp_path: Path, registry: Registry) -> None:
    source = tmp_path / "sources" / "talks.txt"
    source.parent.mkdir()
    source.write_text("Talks in Doha\n\nOn 4 March 2019, Qatar and NATO officials met in Doha.\n", encoding="utf-8")
    (first,) = assign_ids([extract(load_source(source, tmp_path), registry)])
    last = {first.source.path: first}
    assert same_objects([first], last)[0] is first
    with source.open("a", encoding="utf-8") as out:
        out.write("\n\nOn 9 May 2021, Oman hosted talks in Muscat.\n")
    (edited,) = assign_ids([extract(load_source(source, tmp_path), registry)])
    (kept,) = same_objects([edited], last)
    assert kept == edited and kept.events[0] is first.events[0] and len(kept.events) == 2
    assert last[edited.source.path] is kept
