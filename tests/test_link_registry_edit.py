"""After a registry edit a preview's link stage compares again only the events whose facts the edit changed, and its
chronology is a fresh build's: a renamed actor changes no comparison, a new actor whose name is a kind word ("talks")
changes the kinds of the sentences that hold it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from briefing import link
from briefing.model import Briefing
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import ROOT, edit_file, make_project

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate

TALKS = "actors:\n  - {id: talks-test, name: Talks, kind: organisation}\n"  # its name blanks the kind word


def test_a_registry_edit_compares_again_only_the_events_whose_facts_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 40, seed=4)
    last: dict[str, Briefing] = {}
    build_site(Project(root), last=last)
    compared: list[list[int]] = []
    real = link._compared
    monkeypatch.setattr(link, "_compared", lambda facts, group: compared.append(group) or real(facts, group))
    actors = root / "registry" / "actors.yaml"
    done = []
    for old, new in (("    name: Qatar\n", "    name: State of Qatar\n"), ("actors:\n", TALKS)):
        edit_file(actors, old, new)
        compared.clear()
        previewed = build_site(Project(root), last=last).links.entries
        done.append(len(compared))
        compared.clear()
        assert previewed == build_site(Project(root)).links.entries  # a build's, which keeps nothing
        done.append(len(compared))
    renamed, fresh, talks, fresh_again = done
    assert renamed == 0 < fresh
    # Not `0 < talks`: that held through the sources rematched with the new registry, whose events were new objects
    # though equal; they are now the last build's very events (pipeline.same_objects), and no fact changed here.
    assert talks < fresh_again


def test_a_renamed_actor_makes_again_only_the_entries_of_events_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry shows of the registries only its sources' outlets and its actors' names and kinds (its label): after
    an actor is renamed the others are the last build's very entries, and the chronology is a fresh build's."""
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 40, seed=4)
    last: dict[str, Briefing] = {}
    before = {e.id: e for e in build_site(Project(root), last=last).links.entries}
    made: set[str] = set()
    real = link._entry
    monkeypatch.setattr(link, "_entry", lambda *args: made.add((entry := real(*args)).id) or entry)
    edit_file(root / "registry" / "actors.yaml", "    name: Qatar\n", "    name: State of Qatar\n")
    previewed = build_site(Project(root), last=last).links.entries
    remade = set(made)
    kept = [e for e in previewed if e.id not in remade]

    assert previewed == build_site(Project(root)).links.entries
    assert any("State of Qatar" in e.label for e in previewed)
    assert {e.id for e in previewed if "qatar" in e.actors} <= remade
    assert len(kept) > len(previewed) // 2 and all(before.get(e.id) is e for e in kept)
