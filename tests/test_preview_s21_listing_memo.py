"""A preview keeps the Markdown of a year's listing page while its briefings' rows are unchanged (memo.listing_inputs):
at 10,000 sources an edit made all 51 listing pages again, though it changes the rows of one at most."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import render
from briefing.memo import PageMemo
from briefing.model import Briefing
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import make_project


def _source(title: str, year: int) -> str:
    front = f"---\ntitle: {title}\npublisher: Reuters\npublished: {year}-03-01\n---\n"
    return front + f"Chile and Norway met in Santiago on 14 June {year}.\n"


def _build(root: Path, memo: PageMemo, last: dict[str, Briefing]) -> dict[str, str]:
    site = build_site(Project(root), last=last)
    return {path: make() for path, make in memo.makers(site, render.page_makers(site)).items()}


def test_an_edit_makes_again_only_the_listing_page_of_its_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "LIST_LIMIT", 1)  # listing pages from two sources on
    made: list[str] = []
    listing_page = render.listing_page

    def counted(site: object, listing: render.Listing, split: list[render.Listing]) -> str:
        made.append(listing.year)
        return listing_page(site, listing, split)

    monkeypatch.setattr(render, "listing_page", counted)
    root = make_project(tmp_path, {"old.md": _source("Fisheries talks open", 2021), "new.md": _source("Fisheries pact", 2022)})
    memo, last = PageMemo(), {}
    first = _build(root, memo, last)
    assert sorted(made) == ["2021", "2022"]

    made.clear()
    (root / "sources" / "new.md").write_text(_source("Fisheries pact signed", 2022), encoding="utf-8")
    after = _build(root, memo, last)
    assert made == ["2022"]  # 2021's rows are the same: its last Markdown
    assert after == _build(root, PageMemo(), {})
    assert "Fisheries pact signed" in after["briefings/by-year/2022.md"]
    assert after["briefings/by-year/2021.md"] == first["briefings/by-year/2021.md"]

    # a second 2021 source: that year's listing changes, 2022's page is kept
    made.clear()
    (root / "sources" / "more.md").write_text(_source("Fisheries talks resume", 2021), encoding="utf-8")
    added = _build(root, memo, last)
    assert "2021" in made and "2022" not in made
    assert added == _build(root, PageMemo(), {})
    assert added["briefings/by-year/2022.md"] == after["briefings/by-year/2022.md"]
