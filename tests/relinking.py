"""A generated project linked the way a preview links after each change, for the tests of kept chronology parts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from briefing import link as link_module
from briefing.actors import in_language, merge_detected
from briefing.extract import assign_ids, extract
from briefing.link import Links, link
from briefing.load import load_source
from briefing.model import Briefing
from briefing.pipeline import same_objects
from conftest import ROOT, example_registry

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate


class Relinking:
    """`count` generated sources, read again one by one as they are edited; `clustered` counts the events each link
    clusters again. `linked(keep=True)` keeps the objects the last link saw, as a preview does; `keep=False` links as a
    fresh build."""

    def __init__(self, tmp: Path, count: int, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
        self.tmp, self.folder = tmp, tmp / "sources"
        generate(self.folder, count, seed=seed)
        self.current = {path.name: self.read(path.name) for path in sorted(self.folder.iterdir())}
        self.clustered: list[int] = []
        self.last: dict[str, Briefing] = {}
        original = link_module._clustered

        def counted(facts: object, events: list, *rest: object) -> object:
            self.clustered.append(len(events))
            return original(facts, events, *rest)

        monkeypatch.setattr(link_module, "_clustered", counted)

    def read(self, name: str) -> Briefing:
        return extract(load_source(self.folder / name, self.tmp), example_registry())

    def append(self, name: str, text: str) -> None:
        """An editor's save adding `text` to a source, read again."""
        with (self.folder / name).open("a", encoding="utf-8") as out:
            out.write(text)
        self.current[name] = self.read(name)
        self.clustered.clear()

    def write(self, name: str, text: str) -> None:
        """A source written whole (a new one, or an editor's rewrite), read again."""
        (self.folder / name).write_text(text, encoding="utf-8")
        self.current[name] = self.read(name)
        self.clustered.clear()

    def delete(self, name: str) -> None:
        """A source deleted."""
        (self.folder / name).unlink()
        del self.current[name]
        self.clustered.clear()

    def linked(self, keep: bool) -> Links:
        items, merged = merge_detected(assign_ids(list(self.current.values())), example_registry())
        return link(same_objects(items, self.last) if keep else items, in_language(merged, "en"), keep=keep)

    def briefing_of(self, name: str) -> Briefing:
        """The briefing of source `name` as the last kept link saw it."""
        return next(b for b in self.last.values() if b.source.path.endswith(f"/{name}"))
