"""A preview works out once per link how far each actor's rarity (idf) moved (`link._idf_shifts`), not once per
briefing naming it: after an edit that adds or deletes no source, the unchanged briefings keep their very related
lists, and after every change the related lists and backlinks are a fresh link's."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import link as link_module
from relinking import Relinking


def test_related_lists_after_edits_additions_and_deletions_are_a_fresh_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Relinking(tmp_path, 80, seed=41, monkeypatch=monkeypatch)
    worked_out: list[int] = []
    original = link_module._idf_shifts
    monkeypatch.setattr(link_module, "_idf_shifts", lambda *args: worked_out.append(len(found := original(*args))) or found)
    before = project.linked(keep=True).related
    names = sorted(project.current)
    edited, deleted = names[4], names[9]
    changes = [
        (edited, lambda: project.append(edited, "\n\nThe officials gave no further statement.\n")),  # no rarity moves
        (
            "x-new.txt",
            lambda: project.write("x-new.txt", "Talks in Muscat\n\nOman and Qatar officials met in Muscat on 2 May 2021.\n"),
        ),
        (deleted, lambda: project.delete(deleted)),  # the last two move every rarity
    ]
    for name, change in changes:
        change()
        worked_out.clear()
        kept = project.linked(keep=True)
        edited_id = next(b.id for b in kept.briefings.values() if b.source.path.endswith(f"/{edited}"))
        related, fresh = kept.related, project.linked(keep=False)
        assert related == fresh.related and kept.backlinks == fresh.backlinks
        assert len(worked_out) == 1  # once per link, whatever the number of briefings
        if name == edited:
            assert worked_out == [0]
            others = [i for i in related if i != edited_id]
            assert others and all(related[i] is before[i] for i in others)
        else:
            assert worked_out[0] > 0
        before = related
