"""A preview gives each briefing and its events their ids as `assign_ids` does, taking the last build's briefing
again where the source's briefing is the very same object (pipeline._with_ids)."""

from __future__ import annotations

from pathlib import Path

from briefing import pipeline
from briefing.extract import assign_ids, extract
from briefing.load import load_source
from briefing.model import Briefing
from briefing.pipeline import Project, load_registry
from conftest import ROOT

SAME_TITLE = "Talks in Doha\n\nQatar and NATO officials met in Doha on {day} March 2024 to discuss training.\n"


def extracted(folder: Path, name: str, text: str) -> Briefing:
    (folder / "sources" / name).write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(ROOT))
    return extract(load_source(folder / "sources" / name, folder), registry)


def test_ids_are_assign_ids_and_unchanged_briefings_the_last_objects(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]  # one title: slugs numbered apart in path order
    given = {name: extracted(tmp_path, name, SAME_TITLE.format(day=n + 1)) for n, name in enumerate(names)}
    first = pipeline._with_ids(list(given.values()), keep=True)
    assert first == assign_ids(list(given.values()))
    slug = first[0].id
    assert [b.id for b in first] == [slug, f"{slug}-2", f"{slug}-3", f"{slug}-4"]
    assert all(a is b for a, b in zip(pipeline._with_ids(list(given.values()), keep=True), first, strict=True))

    given["c.txt"] = extracted(tmp_path, "c.txt", SAME_TITLE.format(day=3) + "\nThey met again on 5 May 2024.\n")
    edited = pipeline._with_ids(list(given.values()), keep=True)
    assert edited == assign_ids(list(given.values()))
    assert edited[2].id == f"{slug}-3" and [e.id for e in edited[2].events] == [f"{slug}-3-e1", f"{slug}-3-e2"]
    assert [a is b for a, b in zip(edited, first, strict=True)] == [True, True, False, True]

    del given["b.txt"]  # the later slugs move up
    deleted = pipeline._with_ids(list(given.values()), keep=True)
    assert deleted == assign_ids(list(given.values()))
    assert [b.id for b in deleted] == [slug, f"{slug}-2", f"{slug}-3"]
