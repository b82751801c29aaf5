"""A preview keeps the rendered rows of a large actor page's list of sources (linkpages.appearance_rows) and renders
again only those whose source changed: at 10,000 sources an edit of one source naming a state made that state's page
again, thousands of rows. Every page stays what a build without a preview makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import linkpages, render
from briefing.memo import PageMemo
from briefing.model import Briefing
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import make_project


def _source(title: str, day: int, publisher: str = "Reuters") -> str:
    front = f"---\ntitle: {title}\npublisher: {publisher}\npublished: 2023-05-{day:02d}\n---\n"
    return front + f"Chile and Norway signed a fisheries accord in Santiago on {day} May 2023.\n"


def _preview(root: Path, memo: PageMemo, last: dict[str, Briefing]) -> dict[str, str]:
    site = build_site(Project(root), last=last)
    return {path: make() for path, make in memo.makers(site, render.page_makers(site)).items()}


def _built(root: Path) -> dict[str, str]:
    """The pages of a build without a preview (nothing kept)."""
    site = build_site(Project(root))
    return {path: make() for path, make in render.page_makers(site).items()}


def _chile(pages: dict[str, str]) -> str:
    (path,) = [p for p in pages if p.startswith("actors/") and p.endswith("chile.md")]
    return path


@pytest.fixture(params=["sentences", "titles"])
def kept_rows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Rows kept from one source on; with each source's sentence, or titles only (as a page listing hundreds)."""
    monkeypatch.setattr(linkpages, "ROWS_KEPT_MIN", 1)
    if request.param == "titles":
        monkeypatch.setattr(linkpages, "ACTOR_SENTENCES_MAX", 0)
    monkeypatch.setattr(linkpages, "_rows", {})
    return str(request.param)


def test_an_edit_renders_again_only_the_row_of_its_source(tmp_path: Path, kept_rows: str) -> None:
    sources = {"a.md": _source("Fisheries accord signed", 3), "b.md": _source("Salmon quotas agreed", 4)}
    sources["c.md"] = _source("Santiago talks end", 5)
    root = make_project(tmp_path, sources)
    memo, last = PageMemo(), {}
    first = _preview(root, memo, last)
    chile = _chile(first)
    actor = chile.removeprefix("actors/").removesuffix(".md")
    assert first == _built(root)
    rows = dict(linkpages._rows[actor])
    assert len(rows) == 3

    (root / "sources" / "b.md").write_text(_source("Salmon quotas agreed at last", 4), encoding="utf-8")
    after = _preview(root, memo, last)
    assert after == _built(root)
    assert "Salmon quotas agreed at last" in after[chile]
    now = linkpages._rows[actor]
    kept = [row for row in now.values() if any(row is old for old in rows.values())]
    assert len(now) == 3 and len(kept) == 2  # the two unchanged sources' rows are the last ones, not rendered again
    assert not any("Salmon quotas agreed at last" in row for row in kept)

    (root / "sources" / "c.md").unlink()
    deleted = _preview(root, memo, last)
    assert deleted == _built(root)
    assert "Santiago talks end" not in deleted[chile]
    assert len(linkpages._rows[actor]) == 2


def test_a_new_publisher_or_date_shows_on_the_kept_page(tmp_path: Path, kept_rows: str) -> None:
    root = make_project(tmp_path, {"a.md": _source("Fisheries accord signed", 3), "b.md": _source("Salmon quotas agreed", 4)})
    memo, last = PageMemo(), {}
    _preview(root, memo, last)
    (root / "sources" / "a.md").write_text(_source("Fisheries accord signed", 9, publisher="El Mercurio"), encoding="utf-8")
    after = _preview(root, memo, last)
    assert after == _built(root)
    assert "El Mercurio" in after[_chile(after)]


def test_a_build_keeps_no_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linkpages, "ROWS_KEPT_MIN", 1)
    monkeypatch.setattr(linkpages, "_rows", {})
    root = make_project(tmp_path, {"a.md": _source("Fisheries accord signed", 3)})
    assert "Fisheries accord signed" in _built(root)[_chile(_built(root))]
    assert linkpages._rows == {}


def test_a_small_page_keeps_no_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Below ROWS_KEPT_MIN sources a page is quick to make: its rows are not held in memory between builds."""
    monkeypatch.setattr(linkpages, "_rows", {})
    root = make_project(tmp_path, {"a.md": _source("Fisheries accord signed", 3), "b.md": _source("Salmon quotas agreed", 4)})
    pages = _preview(root, PageMemo(), {})
    assert pages == _built(root)
    assert linkpages._rows == {}


def test_the_rows_held_are_those_of_the_pages_made_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond ROWS_KEPT_MAX rows in all, the rows of the page made longest ago go; the pages are the same."""
    monkeypatch.setattr(linkpages, "ROWS_KEPT_MIN", 1)
    monkeypatch.setattr(linkpages, "ROWS_KEPT_MAX", 3)
    monkeypatch.setattr(linkpages, "_rows", {})
    sources = {"a.md": _source("Fisheries accord signed", 3), "b.md": _source("Salmon quotas agreed", 4)}
    root = make_project(tmp_path, sources)
    memo, last = PageMemo(), {}
    first = _preview(root, memo, last)
    assert first == _built(root)
    assert len(linkpages._rows) == 1 and len(next(iter(linkpages._rows.values()))) == 2  # Chile's or Norway's, not both
    (root / "sources" / "a.md").write_text(_source("Fisheries accord signed in Santiago", 3), encoding="utf-8")
    assert _preview(root, memo, last) == _built(root)
    assert len(linkpages._rows) == 1
