"""A preview tells which briefing pages' inputs may have changed from what changed (memo._stale_briefings): the
briefings edited or assessed again, those whose related list was ranked again and whom it lists or listed, those
reporting a new or changed chronology entry. The others' inputs are taken as the last build's without being made (at
10,000 sources an edit made 10,000 of them to find a handful that differ). A new title, or a source added or deleted,
compares every page as before, and so does an actor renamed in the registry. Every page is what a fresh build makes;
the sources are generated (bench/generate.py) and the one sentence appended was written for the test."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from briefing import render
from briefing.memo import PageMemo
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import ROOT, make_project

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate

DATED = "\n\nThe talks resumed on 3 May 2016 after a short pause.\n"
NEW_SOURCE = "Talks in Amman\n\nJordan and Oman met in Amman on 3 May 2016.\n"


@dataclass
class Rebuild:
    texts: dict[str, str]  # every page's Markdown
    pages: set[str]  # the briefing pages
    settled: set[str]  # ... taken as unchanged without making their inputs
    changed: set[str]  # ... whose inputs differ from the last build's


def _preview_build(root: Path, memo: PageMemo) -> Rebuild:
    """One preview rebuild. Every settled page's inputs, made anyway here, must be its last ones."""
    site = build_site(Project(root), last=memo.briefings)
    makers = memo.makers(site, render.page_makers(site))
    pages, settled, changed = {f"briefings/{b.id}.md" for b in site.briefings}, set(memo.settled), set()
    assert settled <= pages
    for path in pages & memo.kept.keys():
        now = memo.inputs[path]()
        if path in settled:
            assert now == memo.kept[path][0], path
        elif now != memo.kept[path][0]:
            changed.add(path)
    texts = {path: make() for path, make in makers.items()}
    memo.finish()
    return Rebuild(texts, pages, settled, changed)


def _fresh(root: Path) -> dict[str, str]:
    """What a build without a preview makes of the same sources."""
    site = build_site(Project(root))
    return {path: make() for path, make in render.page_makers(site).items()}


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, list[Path], PageMemo]:
    root = make_project(tmp_path)
    sources = sorted(generate(root / "sources", 40, seed=47))
    memo = PageMemo()
    first = _preview_build(root, memo)
    assert not first.settled  # nothing to take from
    return root, sources, memo


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(text)


def _own_paragraph(path: Path) -> str:
    """A paragraph the source already holds: appended again, it names no actor the roster lacks (detection reads
    some words of a new sentence as actors, and a new actor on the roster compares every page)."""
    return "\n\n" + [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 80][-1] + "\n"


def test_an_edit_takes_the_other_pages_inputs_as_they_were(project: tuple[Path, list[Path], PageMemo]) -> None:
    root, sources, memo = project
    _preview_build(root, memo)  # the related lists of a build made in this process
    for source in (sources[3], sources[17]):
        _append(source, _own_paragraph(source))
        built = _preview_build(root, memo)
        assert built.texts == _fresh(root)
        assert len(built.settled) >= len(built.pages) // 2  # most pages are not compared
        assert not built.settled & built.changed


def test_a_dated_edit_compares_the_pages_it_may_change(project: tuple[Path, list[Path], PageMemo]) -> None:
    root, sources, memo = project
    _preview_build(root, memo)
    _append(sources[5], DATED)
    built = _preview_build(root, memo)
    assert built.changed  # the edited page at least, and it was compared
    assert built.texts == _fresh(root)


def test_a_new_title_compares_every_page(project: tuple[Path, list[Path], PageMemo]) -> None:
    root, sources, memo = project
    _preview_build(root, memo)
    md = next(s for s in sources if s.suffix == ".md" and "\ntitle: " in s.read_text(encoding="utf-8"))
    text = md.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    md.write_text(text.replace(title, "title: Talks on aviation security resume", 1), encoding="utf-8")
    built = _preview_build(root, memo)
    assert not built.settled  # its title is on the pages relating to it and linking back
    assert built.texts == _fresh(root)
    assert "Talks on aviation security resume" in "".join(built.texts.values())


@pytest.mark.parametrize("change", ["add", "delete"])
def test_a_source_added_or_deleted_compares_every_page(project: tuple[Path, list[Path], PageMemo], change: str) -> None:
    root, sources, memo = project
    _preview_build(root, memo)
    if change == "add":
        (root / "sources" / "zz-new.txt").write_text(NEW_SOURCE, encoding="utf-8")
    else:
        sources[9].unlink()
    built = _preview_build(root, memo)
    assert not built.settled
    assert built.texts == _fresh(root)
    _append(sources[11], _own_paragraph(sources[11]))  # and the next edit takes from this build again
    after = _preview_build(root, memo)
    assert after.settled
    assert after.texts == _fresh(root)


def test_no_page_is_settled_without_a_preview_build_before() -> None:
    memo = PageMemo()
    assert memo.settled == set() and memo.related is None


def test_an_actor_renamed_in_the_registry_compares_every_page(project: tuple[Path, list[Path], PageMemo]) -> None:
    root, _, memo = project
    _preview_build(root, memo)
    actors = root / "registry" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    assert "    name: Qatar\n" in text
    actors.write_text(text.replace("    name: Qatar\n", "    name: State of Qatar\n"), encoding="utf-8")
    built = _preview_build(root, memo)
    assert not built.settled  # a briefing page shows the names of the actors it names
    assert built.texts == _fresh(root)
    assert any("State of Qatar" in text for path, text in built.texts.items() if path in built.pages)
