"""The hook file stays a thin adapter, and an export is added in one place: `exports.EXPORTS`."""

from __future__ import annotations

import ast
import datetime
import gc
import logging
import sys
from pathlib import Path

import pytest
from briefing import exports
from conftest import ROOT, build_project, make_project

HOOK = ROOT / "hooks" / "briefing_hooks.py"


def test_the_hook_file_only_translates_events_into_calls_on_one_engine() -> None:
    text = HOOK.read_text(encoding="utf-8")
    tree = ast.parse(text)
    assert len(text.splitlines()) <= 60
    assigned = [target.id for node in tree.body if isinstance(node, ast.Assign) for target in node.targets]  # type: ignore[attr-defined]
    assert assigned == ["engine"]
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert functions and all(f.name.startswith("on_") for f in functions)
    for function in functions:
        assert not any(isinstance(node, ast.Global) for node in ast.walk(function)), function.name
        calls = [node for statement in function.body for node in ast.walk(statement) if isinstance(node, ast.Call)]
        assert len(calls) == 1 and ast.unparse(calls[0].func).startswith("engine."), function.name
    private = [node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr.startswith("_")]
    assert private == []


def test_an_export_registered_once_is_written_by_the_child_and_replayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def count(site: object, settings: exports.ExportSettings) -> list[bytes]:
        return [f"{len(site.briefings)} briefings\n".encode()]  # type: ignore[attr-defined]

    monkeypatch.setitem(exports.EXPORTS, "api/count.txt", count)
    root = make_project(tmp_path, copy_sources=True)
    made = build_project(root, tmp_path / "made")
    assert (made / "api" / "count.txt").read_text(encoding="utf-8") == "5 briefings\n"
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.briefing"):
        replayed = build_project(root, tmp_path / "replayed")
    assert "its pages and exports are the last build's" in caplog.text
    assert (replayed / "api" / "count.txt").read_bytes() == (made / "api" / "count.txt").read_bytes()


def test_the_calendar_kept_event_by_event_is_the_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import ical
    from briefing.pipeline import Project, build_site

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    site = build_site(Project(ROOT))
    whole = ical.calendar(site, "https://example.org/briefing/").encode("utf-8")
    assert whole.count(b"BEGIN:VEVENT") >= 5
    assert ical.calendar_bytes(site, "https://example.org/briefing/") == whole  # made
    assert ical.calendar_bytes(site, "https://example.org/briefing/") == whole  # kept
    assert ical.calendar_bytes(site, "https://example.org/other/") != whole  # made again: the addresses changed


def test_a_kept_calendar_event_keeps_its_stamp_without_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without SOURCE_DATE_EPOCH each build is stamped with its time: under `mkdocs serve` an unchanged entry keeps
    its VEVENT, stamped when it was made, instead of being made again on every edit."""
    from briefing import ical
    from briefing.pipeline import Project, build_site

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    site = build_site(Project(ROOT))
    monkeypatch.setattr(ical, "stamp", lambda: datetime.datetime(2030, 1, 2, tzinfo=datetime.UTC))
    first = ical.calendar_bytes(site, "https://example.org/stamps/")
    monkeypatch.setattr(ical, "stamp", lambda: datetime.datetime(2031, 1, 2, tzinfo=datetime.UTC))
    assert ical.calendar_bytes(site, "https://example.org/stamps/") == first
    assert first.count(b"DTSTAMP:20300102T000000Z") == first.count(b"BEGIN:VEVENT") >= 5


def test_exports_kept_record_by_record_are_a_full_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under `mkdocs serve` the JSON exports take the last build's line of each record made from the same briefing,
    event, assessment or chronology entry: after an edit that adds an event, every export is byte for byte what a
    build writes, and only the changed records were encoded again."""
    from briefing import export
    from briefing.pipeline import Project, build_site

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    root = make_project(tmp_path, copy_sources=True)
    last: dict = {}
    served, kept = tmp_path / "served", {}
    settings = exports.ExportSettings(served, "https://example.org/briefing/", "Briefing")
    exports.write_exports(build_site(Project(root), last=last), settings, kept)
    edited = sorted((root / "sources").glob("*.txt"))[0]
    with edited.open("a", encoding="utf-8") as out:
        out.write("\n\nOn 3 March 2019, officials of Qatar and NATO signed a new agreement in Doha.\n")
    encoded = []
    monkeypatch.setattr(export, "encoded", lambda record: encoded.append(record) or export.RECORD.encode(record).encode())
    site = build_site(Project(root), last=last)
    written = exports.write_exports(site, settings, kept)
    records = len(site.briefings) + sum(len(b.events) for b in site.briefings) + len(site.links.entries)
    assert 0 < len([r for r in encoded if "id" in r and "name" not in r]) < records / 2
    built = tmp_path / "built"
    assert exports.write_exports(site, exports.ExportSettings(built, settings.site_url, "Briefing")) == written
    assert {rel: (served / rel).read_bytes() for rel in written} == {rel: (built / rel).read_bytes() for rel in written}


def test_exports_kept_lines_wait_on_disk_and_survive_compaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The records' lines a preview keeps are not held in memory (as big as the exports); once the store is compacted
    (forced here after every build), the next edit's exports are still byte for byte a full build's."""
    from briefing import export
    from briefing.pipeline import Project, build_site
    from briefing.textstore import Stored, TextStore

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr(TextStore, "_mostly_stale", lambda self, wanted: True)
    root = make_project(tmp_path, copy_sources=True)
    last: dict = {}
    served, kept = tmp_path / "served", {}
    settings = exports.ExportSettings(served, "https://example.org/briefing/", "Briefing")
    edited = sorted((root / "sources").glob("*.txt"))[1]
    for day in (3, 4, 5):
        site = build_site(Project(root), last=last)
        written = exports.write_exports(site, settings, kept, tmp_path / "cache")
        held = [kept_line for records in export._kept.values() for _, kept_line in records.values()]
        assert held and all(isinstance(line, Stored) for line in held)  # places on disk, not the lines
        whole = {rel: b"".join(exports.EXPORTS[rel](site, settings)) for rel in written}  # made anew: nothing kept
        assert {rel: (served / rel).read_bytes() for rel in written} == whole
        with edited.open("a", encoding="utf-8") as out:
            out.write(f"\n\nOn {day} March 2019, officials of Qatar and NATO met again in Doha.\n")


def test_a_preview_collects_no_garbage_while_it_makes_the_model_and_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model, the page makers and what each page is made from live until the build ends: a collection meanwhile
    walks all of them for nothing (seconds an edit at 10,000 sources). The collector is made eager here, so that any
    work left unpaused shows: no collection may start while the site's model, its pages or their files are made."""
    from briefing.engine import Engine
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    root = make_project(tmp_path, copy_sources=True)
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    engine = Engine()
    engine.startup("serve", dirty=True)
    engine.config(config)
    files = get_files(config)
    monkeypatch.setattr(config.plugins, "_current_plugin", None, raising=False)  # as MkDocs sets it in an event
    collections: list[set[str]] = []

    def observe(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            frame, running = sys._getframe(1), set()
            while frame is not None:
                running.add(frame.f_code.co_name)
                frame = frame.f_back
            collections.append(running)

    thresholds = gc.get_threshold()
    gc.set_threshold(10, 1, 1)
    gc.callbacks.append(observe)
    try:
        made = engine.files(files, config)
    finally:
        gc.callbacks.remove(observe)
        gc.set_threshold(*thresholds)
        engine.build_error()  # the collector as before: nothing frozen
    assert made.get_file_from_path("chronology/index.md") is not None
    making = {"build_site", "page_maker", "makers", "made_by", "plan_pages"}
    assert collections  # the collector ran in this call, but only outside the making
    assert [sorted(running & making) for running in collections if running & making] == []


def test_a_preview_rebuild_leaves_its_pages_to_no_full_collection(tmp_path: Path) -> None:
    """Under `mkdocs serve --dirty` a rebuild's pages are freed as soon as the site is written, not by a full
    collection: MkDocs' pages point at their files and back, cycles that at 10,000 sources outlived every edit (a full
    collection rarely came before the next build froze them), so that each edit kept 25 MB more. Here no full
    collection runs: after the rebuild no page outside the navigation is alive but the last one rendered (the theme's
    environment of this build, a cycle of its own, holds it: one page, not the site)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.structure.pages import Page

    root = make_project(tmp_path, copy_sources=True)

    def rebuild(first: bool) -> None:
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        if first:
            config.plugins.on_startup(command="serve", dirty=True)
        build(config, serve_url="http://127.0.0.1:8000/briefing/", dirty=True)

    rebuild(first=True)
    edited = sorted((root / "sources").glob("*.txt"))[0]
    with edited.open("a", encoding="utf-8") as out:
        out.write("\n\nOn 3 March 2019, officials of Qatar and NATO met again in Doha.\n")
    gc.collect()
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], 10**9)  # young collections only
    try:
        rebuild(first=False)
        gc.collect(1)
        alive = [o.file.src_uri for o in gc.get_objects() if isinstance(o, Page) and o.file.inclusion.is_not_in_nav()]
    finally:
        gc.set_threshold(*thresholds)
    assert (tmp_path / "site" / "actors" / "qatar" / "index.html").is_file()
    assert len(alive) <= 1
