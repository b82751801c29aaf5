"""A registry edit leaves a source's cached extraction in place only where extraction with the new registries gives
the same: checked on the real-text set (tests/data/realtext/, eleven languages) against extracting again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from briefing.actors import free_id_base
from briefing.extract import extract
from briefing.load import load_source
from briefing.model import Briefing
from briefing.realtext import source_text
from briefing.registry import Outlet, Registry, actor_from_entry, load_actors, load_outlets, with_base
from briefing.registry_edit import RegistryEdit

ROOT = Path(__file__).resolve().parent.parent
EVERY = 4  # one article in four of each language: the test extracts each once per edit


def _registry(
    extra_actors: list[dict] = (),
    extra_outlets: tuple[Outlet, ...] = (),
    drop: tuple[str, ...] = (),
    names: tuple[tuple[str, str], ...] = (),
) -> Registry:
    """The project's registries with actors added or replaced, outlets added, actors dropped and actors renamed."""
    actors, _ = load_actors(ROOT / "registry" / "actors.yaml", "registry/actors.yaml")
    outlets, _ = load_outlets(ROOT / "registry" / "outlets.yaml", "registry/outlets.yaml")
    actors = {i: replace(a, name=dict(names).get(i, a.name)) for i, a in actors.items() if i not in drop}
    actors.update({e["id"]: actor_from_entry(e) for e in extra_actors})
    outlets.update({o.id: o for o in extra_outlets})
    return Registry(*with_base(actors, outlets), digest=str((extra_actors, extra_outlets, drop, names)))


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("realtext")
    (folder / "sources").mkdir()
    paths = []
    for file in sorted((ROOT / "tests" / "data" / "realtext").glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        for n, article in enumerate(data["articles"][::EVERY]):
            path = folder / "sources" / f"{data['language']}-{n:03d}.txt"
            path.write_text(source_text(article), encoding="utf-8")
            paths.append((path, folder))
    return paths


@pytest.fixture(scope="module")
def before(articles: list[tuple[Path, Path]]) -> tuple[Registry, list[Briefing]]:
    registry = _registry()
    return registry, [extract(load_source(path, root), registry) for path, root in articles]


def _detected_id(briefings: list[Briefing]) -> str:
    """The id a person detected in some article takes: a registry actor given it makes that article's id another."""
    return next(free_id_base(d.name) for b in briefings for d in b.detected if d.kind == "person")


TASS = Outlet("tass-test", "TASS", ("ТАСС",), ("tass.ru",), None, None, "unknown", None)
EDITS = {
    "a built-in state given the registry's name": lambda _: _registry(
        [{"id": "azerbaijan", "name": "Azerbaijan Republic", "kind": "state"}]
    ),
    "a new Russian name": lambda _: _registry([{"id": "baku-test", "name": "Баку", "kind": "place"}]),
    "a new Arabic name": lambda _: _registry([{"id": "baku-ar-test", "name": "باكو", "kind": "organisation"}]),
    "a new English name": lambda _: _registry([{"id": "grain-test", "name": "Black Sea", "kind": "organisation"}]),
    "an actor removed": lambda _: _registry(drop=("russia",)),
    # its other names unchanged: only a body detected beside it ("Ministry of Foreign Affairs (Russia)") is named anew
    "a state renamed": lambda _: _registry(names=(("russia", "Russian Federation"),)),
    "a detected actor's id taken": lambda found: _registry([{"id": _detected_id(found), "name": "Zq Zq", "kind": "person"}]),
    "a new outlet": lambda _: _registry(
        extra_outlets=(Outlet("tass-test", "TASS", ("ТАСС",), ("tass.ru",), None, None, "unknown", None),)
    ),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_source_the_edit_does_not_touch_extracts_as_it_did(articles, before, edit: str) -> None:
    old, found = before
    new = EDITS[edit](found)
    change = RegistryEdit(old, new)
    touched = 0
    for (path, root), briefing in zip(articles, found, strict=True):
        if change.touches(briefing):
            touched += 1
            continue
        assert extract(load_source(path, root), new) == briefing, path.name
    print(edit, touched, len(found))
    assert 0 < touched < len(found)  # the edit matters to some sources, and is told apart from others


def test_a_renamed_state_names_the_bodies_detected_beside_it_anew(articles, before) -> None:
    """The state renamed above changes what some sources give (so `touches` must find them), though few of the many
    sources that name it."""
    old, found = before
    new = EDITS["a state renamed"](found)
    change = RegistryEdit(old, new)
    naming = [(path, root, b) for (path, root), b in zip(articles, found, strict=True) if "russia" in b.actors]
    touched = [(path, root, b) for path, root, b in naming if change.touches(b)]
    changed = [path for path, root, b in touched if extract(load_source(path, root), new) != b]
    print(len(naming), len(touched), len(changed))
    assert changed and len(touched) < len(naming)


def test_no_edit_touches_nothing(before) -> None:
    old, found = before
    same = RegistryEdit(old, replace(_registry(), digest="other"))
    assert not any(same.touches(b) for b in found)
