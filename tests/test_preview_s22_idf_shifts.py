"""A preview works out once per link how far each actor's rarity (idf) moved (`link._idf_shifts`), not once per
briefing naming it: after an edit that adds or deletes no source, the unchanged briefings keep their very related
lists, and after every change the related lists and backlinks are a fresh link's."""

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


def test_related_lists_after_edits_additions_and_deletions_are_a_fresh_links(
    tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "sources"
    generate(folder, 80, seed=41)
    current = {path.name: extract(load_source(path, tmp_path), registry) for path in sorted(folder.iterdir())}
    worked_out: list[int] = []
    original = link_module._idf_shifts
    monkeypatch.setattr(link_module, "_idf_shifts", lambda *args: worked_out.append(len(found := original(*args))) or found)
    last: dict[str, Briefing] = {}

    def linked(keep: bool) -> Links:
        items, merged = merge_detected(assign_ids(list(current.values())), registry)
        return link(same_objects(items, last) if keep else items, in_language(merged, "en"), keep=keep)

    before = linked(keep=True).related
    names = sorted(current)
    edited, deleted = names[4], names[9]
    changes = [
        (edited, "\n\nThe officials gave no further statement.\n"),  # a plain edit: no rarity moves
        ("x-new.txt", "Talks in Muscat\n\nOman and Qatar officials met in Muscat on 2 May 2021.\n"),  # every rarity
        (deleted, None),
    ]
    for name, text in changes:
        if text is None:
            del current[name]
        elif name in current:
            with (folder / name).open("a", encoding="utf-8") as out:
                out.write(text)
            current[name] = extract(load_source(folder / name, tmp_path), registry)
        else:
            (folder / name).write_text(text, encoding="utf-8")
            current[name] = extract(load_source(folder / name, tmp_path), registry)
        worked_out.clear()
        kept = linked(keep=True)
        edited_id = next(b.id for b in kept.briefings.values() if b.source.path.endswith(f"/{edited}"))
        related, fresh = kept.related, linked(keep=False)
        assert related == fresh.related and kept.backlinks == fresh.backlinks
        assert len(worked_out) == 1  # once per link, whatever the number of briefings
        if name == edited:
            assert worked_out == [0]
            others = [i for i in related if i != edited_id]
            assert others and all(related[i] is before[i] for i in others)
        else:
            assert worked_out[0] > 0
        before = related
