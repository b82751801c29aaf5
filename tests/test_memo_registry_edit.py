"""After a registry edit a preview keeps the actor and chronology pages that show none of the actors it changed, and
each page kept is what making it again gives; the pages that show a renamed actor are made again."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing import render
from briefing.memo import PageMemo
from briefing.model import Briefing
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import ROOT, make_project

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate

RENAMED = "actors/maldives.md"  # Maldives, renamed below


def _build(root: Path, memo: PageMemo, last: dict[str, Briefing]) -> tuple[dict[str, str], dict[str, bool]]:
    """Every page a preview's build makes, and for each whether the preview kept its last Markdown."""
    site = build_site(Project(root), last=last)
    makers = memo.makers(site, render.page_makers(site))
    kept = {path: memo.last_text(path) is not None for path in makers}
    return {path: make() for path, make in makers.items()}, kept


def test_a_registry_edit_keeps_the_link_pages_that_show_none_of_the_actors_it_changed(tmp_path: Path) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 40, seed=4)
    memo, last = PageMemo(), {}
    before, _ = _build(root, memo, last)
    actors = root / "registry" / "actors.yaml"
    # renamed, and a new actor above every other (each actor's line in the file moves)
    text = actors.read_text(encoding="utf-8").replace("    name: Maldives\n", "    name: Republic of Maldives\n")
    new = "actors:\n  - {id: zq-test, name: Zqxw Test Body, kind: organisation}\n"
    actors.write_text(text.replace("actors:\n", new, 1), encoding="utf-8")
    after, kept = _build(root, memo, last)
    fresh, _ = _build(root, PageMemo(), {})

    assert after == fresh
    link_pages = [path for path in after if path.startswith(("actors/", "chronology/")) and path != "actors/index.md"]
    shows_renamed = [path for path in link_pages if "Republic of Maldives" in after[path]]
    assert RENAMED in shows_renamed and not any(kept[path] for path in shows_renamed)
    # a page quoting a sentence that names the state (its events' actors) may be made again; every other is kept
    unchanged = [path for path in link_pages if "Maldives" not in after[path]]
    assert len(unchanged) >= 5 and all(kept[path] and after[path] == before[path] for path in unchanged)
    assert not kept["actors/index.md"]  # it lists every actor


def _source(title: str, publisher: str, place: str) -> str:
    return f"---\ntitle: {title}\npublisher: {publisher}\n---\nKenya and Oman signed a grain accord in {place} on 3 May 2021.\n"


def _rename_qatar(root: Path) -> None:
    """The registry edit both tests make: Qatar's name becomes "State of Qatar"."""
    actors = root / "registry" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace("    name: Qatar\n", "    name: State of Qatar\n"), encoding="utf-8"
    )


def test_a_renamed_state_assesses_again_only_the_sources_its_outlets_published(tmp_path: Path) -> None:
    root = make_project(
        tmp_path,
        {
            "agency.md": _source("Grain accord signed", "Qatar News Agency", "Nairobi"),
            "wire.md": _source("Grain deal in Muscat", "Reuters", "Muscat"),
        },
    )
    memo, last = PageMemo(), {}
    _build(root, memo, last)
    before = dict(memo.assessments)
    _rename_qatar(root)
    after, _ = _build(root, memo, last)
    fresh, _ = _build(root, PageMemo(), {})

    assert after == fresh
    agency, wire = (
        next(p for p in after if p.endswith(f"{slug}.md")) for slug in ("grain-accord-signed", "grain-deal-in-muscat")
    )
    assert "affiliated with the state of State of Qatar" in after[agency]
    assert "affiliated with the state of" not in after[wire]
    ids = {path: path.removeprefix("briefings/").removesuffix(".md") for path in (agency, wire)}
    assert memo.assessments[ids[wire]] is before[ids[wire]]  # kept: it names no outlet's state
    assert memo.assessments[ids[agency]] is not before[ids[agency]]


def test_a_renamed_actor_keeps_the_assessments_of_the_sources_naming_it(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"talks.md": _source("Talks on grain", "Reuters", "Doha").replace("Oman", "Qatar")})
    memo, last = PageMemo(), {}
    _build(root, memo, last)
    before = dict(memo.assessments)
    _rename_qatar(root)
    after, _ = _build(root, memo, last)
    fresh, _ = _build(root, PageMemo(), {})

    assert after == fresh
    page = next(path for path in after if path.endswith("talks-on-grain.md"))
    assert "State of Qatar" in after[page]  # the page shows the new name ...
    briefing_id = page.removeprefix("briefings/").removesuffix(".md")
    assert memo.assessments[briefing_id] is before[briefing_id]  # ... and its assessment, which reads none, is kept
