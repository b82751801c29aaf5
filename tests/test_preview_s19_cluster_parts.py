"""A preview clusters again only the parts an edit can change: a block whose group gains or loses events keeps the
pairs of the events it held (compared pair by pair, a pair's score is its two events'), so only the parts of the new
events and of the events they pair with are clustered again. The chronology is a fresh link's after every change."""

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
    "\n\nOn 4 March 2019, Qatar and NATO officials signed a new training agreement in Doha.\n",
    "\n\nOn 9 May 2021, Oman hosted talks between Iran and Saudi Arabia in Muscat.\n",
    "\n\nThe talks went on for a second day.\n",
]


def test_an_edit_clusters_again_fewer_events_and_links_as_a_fresh_link(
    tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "sources"
    generate(folder, 150, seed=23)
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
    events = sum(len(b.events) for b in current.values())
    assert clustered == [events] and events > 300
    names, again = sorted(current), []
    for n, added in enumerate(CHANGES):
        edited = names[n * 7 + 3]
        with (folder / edited).open("a", encoding="utf-8") as out:
            out.write(added)
        current[edited] = extract(load_source(folder / edited, tmp_path), registry)
        clustered.clear()
        kept = linked(keep=True)
        again.append(clustered[0])
        assert kept.entries == linked(keep=False).entries
    # the parts no new event reaches are taken as they were: 35, 68 and 4 events here, where touching every event of
    # a group compared anew clustered again 115, 68 and 101
    assert sum(again) < 150 and max(again) < events / 5
    deleted = names[40]
    (folder / deleted).unlink()
    del current[deleted]
    assert linked(keep=True).entries == linked(keep=False).entries
