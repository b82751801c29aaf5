"""A preview's links to actor and briefing pages are the last build's very objects while their fields are the same
(`link._kept_link`), so each briefing page's backlinks compare with the last build's at once (memo.briefing_inputs);
after an edit, a new title and a deletion they are a fresh link's."""

from __future__ import annotations

from pathlib import Path

import pytest
from relinking import Relinking


def test_unchanged_backlinks_are_the_last_builds_objects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Relinking(tmp_path, 40, seed=43, monkeypatch=monkeypatch)
    before = project.linked(keep=True).backlinks
    names = sorted(project.current)
    edited = names[2]
    text = (project.folder / edited).read_text(encoding="utf-8")
    changes = [
        lambda: project.append(edited, "\n\nThe officials gave no further statement.\n"),
        lambda: project.write(edited, "A new title for the talks\n\n" + text),
        lambda: project.delete(names[7]),
    ]
    for change in changes:
        change()
        now, fresh = project.linked(keep=True).backlinks, project.linked(keep=False).backlinks
        assert now == fresh
        same = [i for i in now if i in before and now[i] == before[i]]
        assert same and all(a is b for i in same for a, b in zip(now[i], before[i], strict=True))
        assert any(link.kind == "actor" for i in same for link in now[i])
        before = now
