"""Briefing pages are made from labels that recur on hundreds of them (chronology entries, actor pages, build notes):
each label's quotes and right-to-left runs are isolated once per process, not once per page, and the "Pages that link
here" box still lists each kind's links in their order."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from briefing import render, templates
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import ROOT, make_project

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate

KINDS = (("chronology", "Chronology entries"), ("briefing", "Briefings that list this one as related"), ("actor", "Actor pages"))


class _Counted:
    """The quote pattern, counting the labels it splits."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.split_texts = pattern, []

    def split(self, text: str) -> list[str]:
        self.split_texts.append(text)
        return self.pattern.split(text)


def test_recurring_labels_are_isolated_once_and_backlinks_keep_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 40, seed=7)
    site = build_site(Project(root))
    counted = _Counted(templates.QUOTED)
    monkeypatch.setattr(templates, "QUOTED", counted)
    pages = {b.id: render.briefing_page(b, site) for b in site.briefings}
    assert counted.split_texts, "the pages show labels"
    assert len(counted.split_texts) == len(set(counted.split_texts))  # each text once, whatever the pages repeating it
    shown = 0
    for b in site.briefings:
        back = site.links.backlinks.get(b.id, [])
        for kind, title in KINDS:
            labels = [str(templates.isolate_quotes(link.label)) for link in back if link.kind == kind]
            line = re.search(f'<p class="backlinks-kind">{re.escape(title)}: (.*)</p>', pages[b.id])
            assert (line is not None) == bool(labels), (b.id, kind)
            if line is not None:
                assert re.findall(r'dir="auto">(.*?)</a>', line.group(1)) == labels
                shown += 1
    assert shown > 10
