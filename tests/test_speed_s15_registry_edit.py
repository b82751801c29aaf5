"""A preview's registry edit reads no event's sentence again when it changes none of the names looked for in them: a
state renamed to one of its aliases ("State of Qatar") changes its pages' labels, not what the chronology compares, and
the chronology is still a fresh build's. An edit that adds a name reads them all again."""

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


def test_a_renamed_state_reads_no_sentence_again_and_a_new_alias_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 30, seed=5)
    last: dict[str, Briefing] = {}
    build_site(Project(root), last=last)
    read: list[str] = []
    real = link._without_names
    monkeypatch.setattr(link, "_without_names", lambda text, registry: read.append(text) or real(text, registry))
    actors = root / "registry" / "actors.yaml"
    counts = []
    for old, new in (
        ("    name: Qatar\n", "    name: State of Qatar\n"),  # an alias already: the same names are looked for
        ("en: [Qatar, Qatari, State of Qatar]", "en: [Qatar, Qatari, State of Qatar, Doha]"),  # a new name
    ):
        edit_file(actors, old, new)
        read.clear()
        previewed = build_site(Project(root), last=last)
        counts.append(len(read))
        assert previewed.links.entries == build_site(Project(root)).links.entries  # a build's, which keeps nothing
    renamed, new_alias = counts
    assert any("State of Qatar" in e.label for e in previewed.links.entries)
    assert renamed == 0 < new_alias
