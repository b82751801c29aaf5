"""A preview clusters again only the parts an edit can change: a block whose group gains or loses events keeps the
pairs of the events it held (compared pair by pair, a pair's score is its two events'), so only the parts of the new
events and of the events they pair with are clustered again. The chronology is a fresh link's after every change."""

from __future__ import annotations

from pathlib import Path

import pytest
from relinking import Relinking

CHANGES = [
    "\n\nOn 4 March 2019, Qatar and NATO officials signed a new training agreement in Doha.\n",
    "\n\nOn 9 May 2021, Oman hosted talks between Iran and Saudi Arabia in Muscat.\n",
    "\n\nThe talks went on for a second day.\n",
]


def test_an_edit_clusters_again_fewer_events_and_links_as_a_fresh_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Relinking(tmp_path, 150, seed=23, monkeypatch=monkeypatch)
    project.linked(keep=True)
    events = sum(len(b.events) for b in project.current.values())
    assert project.clustered == [events] and events > 300
    names, again = sorted(project.current), []
    for n, added in enumerate(CHANGES):
        project.append(names[n * 7 + 3], added)
        kept = project.linked(keep=True)
        again.append(project.clustered[0])
        assert kept.entries == project.linked(keep=False).entries
    # the parts no new event reaches are taken as they were: 35, 68 and 4 events here, where touching every event of
    # a group compared anew clustered again 115, 68 and 101
    assert sum(again) < 150 and max(again) < events / 5
    deleted = names[40]
    (project.folder / deleted).unlink()
    del project.current[deleted]
    assert project.linked(keep=True).entries == project.linked(keep=False).entries
