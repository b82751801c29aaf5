"""A preview assesses again only the sources whose assessment can change: an edit of one source's text keeps the
assessments of the sources that report the same events, which name it only by its title and publisher."""

from __future__ import annotations

from pathlib import Path

from briefing import render
from briefing.memo import PageMemo
from briefing.model import Briefing
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import make_project

PACT = "{} agreed on a fisheries pact in Santiago on 14 June 2022."


def _source(title: str, publisher: str, parties: str, more: str = "") -> str:
    return f"---\ntitle: {title}\npublisher: {publisher}\n---\n{PACT.format(parties)}\n\n{more}\n"


def _build(root: Path, memo: PageMemo, last: dict[str, Briefing]) -> dict[str, str]:
    """Every page a preview's build makes."""
    site = build_site(Project(root), last=last)
    return {path: make() for path, make in memo.makers(site, render.page_makers(site)).items()}


def _page(pages: dict[str, str], slug: str) -> str:
    return next(path for path in pages if path.endswith(f"{slug}.md"))


def test_an_edit_of_one_source_keeps_the_assessments_of_the_sources_reporting_its_events(tmp_path: Path) -> None:
    root = make_project(
        tmp_path,
        {
            "wire.md": _source("Fisheries pact agreed", "Reuters", "Chile and Norway"),
            "paper.md": _source("Pact on fish stocks", "The Guardian", "Norway and Chile"),
        },
    )
    memo, last = PageMemo(), {}
    before = _build(root, memo, last)
    wire, paper = (
        _page(before, slug).removeprefix("briefings/").removesuffix(".md")
        for slug in ("fisheries-pact-agreed", "pact-on-fish-stocks")
    )
    assert "Fisheries pact agreed" in before[f"briefings/{paper}.md"]  # the paper's note names the wire's story
    kept = dict(memo.assessments)

    # the wire's text edited: its briefing changes, not its title or publisher
    (root / "sources" / "wire.md").write_text(
        _source("Fisheries pact agreed", "Reuters", "Chile and Norway", "The talks lasted a week."), encoding="utf-8"
    )
    after = _build(root, memo, last)
    assert after == _build(root, PageMemo(), {})
    assert memo.assessments[paper] is kept[paper]

    # another publisher: the paper's note names it, and is made again
    (root / "sources" / "wire.md").write_text(
        _source("Fisheries pact agreed", "Agence Zeta", "Chile and Norway", "The talks lasted a week."), encoding="utf-8"
    )
    republished = _build(root, memo, last)
    assert republished == _build(root, PageMemo(), {})
    assert memo.assessments[paper] is not kept[paper]
    assert "Agence Zeta" in republished[f"briefings/{paper}.md"] and f"briefings/{wire}.md" in republished
