"""A preview's actor and chronology pages compare what they are made from as a fresh build would work it out
(linkpages.LinkPage.inputs), and an unchanged briefing's part of it is the last build's very object."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing import linkpages
from briefing.model import Briefing
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import ROOT, make_project

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate


def page_inputs(root: Path, last: dict[str, Briefing] | None) -> tuple[dict[str, tuple[object, ...]], dict[str, str]]:
    """Each link page's inputs, and each briefing's id by its source's file name."""
    site = build_site(Project(root), last=last)
    ids = {Path(b.source.path).name: b.id for b in site.briefings}
    return {path: page.inputs() for path, page in linkpages.makers(site).items()}, ids


def test_a_previews_link_page_inputs_are_a_fresh_builds(tmp_path: Path) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 30, seed=4)
    last: dict[str, Briefing] = {}
    before, _ = page_inputs(root, last)
    edited = sorted((root / "sources").glob("*.txt"))[2]
    with edited.open("a", encoding="utf-8") as out:
        out.write("\n\nOn 3 March 2019, Qatar and NATO officials met again in Doha.\n")
    after, ids = page_inputs(root, last)
    assert after == page_inputs(root, None)[0]  # a build's, which keeps nothing
    assert after != before
    # Qatar's page: what it shows of each briefing naming it (shown, sentence, path), the last build's very tuple
    qatar = "actors/qatar.md"
    last_shown = {shows[0][0]: shows for shows in before[qatar][1]}  # by briefing id
    kept = [shows for shows in after[qatar][1] if shows[0][0] != ids[edited.name]]
    assert len(kept) > 10  # enough briefings to compare (18 with this seed)
    assert all(shows is last_shown[shows[0][0]] for shows in kept)
