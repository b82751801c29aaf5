"""After a registry edit, a source whose cached extraction the edit may change is read again only where extraction
reads the registries (`extract.rematch`): what it gives is what extracting it again gives, and a build says so."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from briefing import cache
from briefing.extract import extract, rematch
from briefing.load import load_source
from briefing.pipeline import build_site, load_registry
from briefing.registry import Registry, actor_from_entry, with_base
from briefing.site import Project
from conftest import make_project

SOURCES = {
    "port-en.md": "Port talks in Doha\n\nThe Ministry of Transport of Qatar hosted a Kenyan delegation in Doha on 12 May "
    "2022. A week later, on 19 May 2022, Qatar and Kenya agreed on a new port deal, said Amina Wanjiru, a trade envoy.\n",
    "port-ar.md": "محادثات الموانئ\n\nاستقبلت وزارة النقل القطرية وفدا كينيا في الدوحة في 5 مارس 2023، وقالت إن قطر وكينيا "
    "ستوقعان اتفاقا جديدا.\n",
    "port-de.md": "Hafengespräche\n\nAm 14. Februar 2020 trafen sich Vertreter Katars und Kenias in Berlin. Das "
    "Verkehrsministerium von Katar sprach von einem neuen Abkommen.\n",
    "port-fm.md": "---\ntitle: Harbour accord\nactors: [kenya]\npublisher: Harbour Wire\n---\nKenya and Qatar signed a "
    "harbour accord in Mombasa on 2 April 2021; the Harbour Council will meet again next month.\n",
}
EDITS = {
    "a state renamed": lambda r: _edited(r, names={"qatar": "State of Qatar"}),
    "an actor removed": lambda r: _edited(r, drop=("doha",)),
    "a new name the text holds": lambda r: _edited(r, add=({"id": "mombasa-test", "name": "Mombasa", "kind": "place"},)),
    "a detected person registered": lambda r: _edited(r, add=({"id": "envoy-test", "name": "Amina Wanjiru", "kind": "person"},)),
}


def _edited(
    registry: Registry,
    names: dict[str, str] | None = None,
    drop: tuple[str, ...] = (),
    add: tuple[dict, ...] = (),
) -> Registry:
    actors = {i: replace(a, name=(names or {}).get(i, a.name)) for i, a in registry.actors.items() if i not in drop}
    actors.update({e["id"]: actor_from_entry(e) for e in add})
    return Registry(*with_base(actors, registry.outlets), digest="edited")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("rematch"), SOURCES)


@pytest.mark.parametrize("edit", list(EDITS))
def test_matching_again_gives_what_extracting_again_gives(project: Path, edit: str) -> None:
    old, _ = load_registry(Project(project))
    new = EDITS[edit](old)
    changed = 0
    for name in SOURCES:
        source = load_source(project / "sources" / name, project)
        before, after = extract(source, old), extract(source, new)
        assert rematch(before, new) == after, name
        changed += before != after
    assert changed or edit == "a state renamed"  # the others change what some source gives; see the build below


def _rename_qatar(root: Path) -> None:
    actors = root / "registry" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    actors.write_text(text.replace("    name: Qatar\n", "    name: State of Qatar\n"), encoding="utf-8")


def test_a_registry_edit_matches_again_the_sources_it_may_change(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = make_project(tmp_path, SOURCES)
    cache.forget()
    build_site(Project(root), last={})
    _rename_qatar(root)
    with caplog.at_level(logging.INFO):
        edited = build_site(Project(root), last={})
    cache.forget()
    shutil.rmtree(Project(root).cache_dir)
    fresh = build_site(Project(root))

    assert edited.stats["rematched"] >= 1 and fresh.stats["rematched"] == 0
    assert edited.stats["rematched"] == edited.stats["extracted"] < len(SOURCES)
    assert edited.briefings == fresh.briefings
    assert any("State of Qatar" in e.label for e in edited.links.entries)
