"""A preview's links to actor and briefing pages are the last build's very objects while their fields are the same
(`link._kept_link`), so each briefing page's backlinks compare with the last build's at once (memo.briefing_inputs);
after an edit, a new title and a deletion they are a fresh link's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
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


def test_unchanged_backlinks_are_the_last_builds_objects(tmp_path: Path, registry: Registry) -> None:
    folder = tmp_path / "sources"
    generate(folder, 40, seed=43)
    current = {path.name: extract(load_source(path, tmp_path), registry) for path in sorted(folder.iterdir())}
    last: dict[str, Briefing] = {}

    def linked(keep: bool) -> Links:
        items, merged = merge_detected(assign_ids(list(current.values())), registry)
        return link(same_objects(items, last) if keep else items, in_language(merged, "en"), keep=keep)

    before = linked(keep=True).backlinks
    names = sorted(current)
    edited = names[2]
    text = (folder / edited).read_text(encoding="utf-8")
    changes = [
        (edited, text + "\n\nThe officials gave no further statement.\n"),
        (edited, "A new title for the talks\n\n" + text),
        (names[7], None),
    ]
    for name, new in changes:
        if new is None:
            del current[name]
        else:
            (folder / name).write_text(new, encoding="utf-8")
            current[name] = extract(load_source(folder / name, tmp_path), registry)
        kept = linked(keep=True)
        now, fresh = kept.backlinks, linked(keep=False).backlinks
        assert now == fresh
        same = [i for i in now if i in before and now[i] == before[i]]
        assert same and all(a is b for i in same for a, b in zip(now[i], before[i], strict=True))
        assert any(link.kind == "actor" for i in same for link in now[i])
        before = now
