"""The extraction cache: what makes a source be extracted again, and what does not (counters, not timings)."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from briefing import cache, extract, outputs, validate
from briefing.errors import Problem, SourceError
from briefing.pipeline import build_site, remember
from briefing.settings import load_project
from conftest import build_project, make_project

FIRST = "Qatar and NATO sign an agreement\n\nOn 16 January 2018, Qatar and NATO signed a security agreement in Brussels.\n"
SECOND = "Gulf states cut ties with Qatar\n\nIn June 2017, Saudi Arabia, Bahrain and Egypt severed diplomatic ties with Qatar.\n"


@pytest.fixture(autouse=True)
def fresh_process() -> None:
    """Each test starts as a new process would: no entries held in memory from another test."""
    cache.forget()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_project(tmp_path, {"first.txt": FIRST, "second.txt": SECOND})


def build(root: Path, forget: bool = True) -> dict[str, int]:
    """Build the site as a new `mkdocs build` process would (forget=True) or as `mkdocs serve` rebuilds."""
    if forget:
        cache.forget()
    return build_site(load_project(root / "mkdocs.yml")).stats


def entries(root: Path) -> list[Path]:
    return sorted((root / ".cache" / "briefing").glob(f"*{cache.SUFFIX}"))


def test_cache_lives_beside_mkdocs_yml_not_in_docs_or_site(root: Path) -> None:
    assert build(root)["extracted"] == 2
    assert len(entries(root)) == 2
    assert not any((root / "docs").rglob(f"*{cache.SUFFIX}"))


def test_unchanged_sources_are_not_extracted_again(root: Path) -> None:
    first = build_site(load_project(root / "mkdocs.yml"))
    cache.forget()
    again = build_site(load_project(root / "mkdocs.yml"))
    assert (again.stats["extracted"], again.stats["cache_hits"]) == (0, 2)
    assert again.briefings == first.briefings  # the cached result is the result


def test_a_changed_source_is_extracted_again_alone(root: Path) -> None:
    build(root)
    (root / "sources" / "second.txt").write_text(SECOND.replace("June 2017", "July 2017"), encoding="utf-8")
    site = build_site(load_project(root / "mkdocs.yml"))
    assert (site.stats["extracted"], site.stats["cache_hits"]) == (1, 1)
    assert [e.date for b in site.briefings for e in b.events if b.source.path == "sources/second.txt"] == ["2017-07"]
    assert len(entries(root)) == 2  # the entry of the old text is gone


def _append_actor(entry: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        actors = root / "registry" / "actors.yaml"
        actors.write_text(actors.read_text(encoding="utf-8") + entry, encoding="utf-8")

    return change


def _replace_in(name: str, old: str, new: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        path = root / "registry" / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


REGISTRY_EDITS = {  # an edit of the registries, and the sources it makes the build extract again
    "a new actor only the first names": (_append_actor("  - {id: brussels-test, name: Brussels, kind: place}\n"), 1),
    "a new actor no source names": (_append_actor("  - {id: lisbon-test, name: Lisbon, kind: place}\n"), 0),
    "a new name the second now matches": (_append_actor("  - {id: bahrain-test, name: Bahrain, kind: state}\n"), 1),
    # no body is detected beside it in either: nothing is named after it (see the test below)
    "the state both name renamed": (_replace_in("actors.yaml", "    name: Qatar\n", "    name: State of Qatar\n"), 0),
    "a new actor on top: every line moves": (
        _replace_in("actors.yaml", "actors:\n", "actors:\n  - {id: x-test, name: Xq, kind: place}\n"),
        0,
    ),
    "a new outlet no source names": (
        _replace_in("outlets.yaml", "outlets:\n", "outlets:\n  - {id: new-test, name: Nowhere Daily, domains: [nowhere.test]}\n"),
        0,
    ),
}


@pytest.mark.parametrize("forget", [True, False], ids=["new process", "mkdocs serve"])
@pytest.mark.parametrize("edit", list(REGISTRY_EDITS))
def test_a_registry_edit_extracts_again_only_what_it_can_change(root: Path, edit: str, forget: bool) -> None:
    change, extracted = REGISTRY_EDITS[edit]
    build(root)
    change(root)
    stats = build(root, forget)
    assert (stats["extracted"], stats["cache_hits"]) == (extracted, 2 - extracted)
    kept = build_site(load_project(root / "mkdocs.yml")).briefings
    shutil.rmtree(root / ".cache")
    cache.forget()
    assert build_site(load_project(root / "mkdocs.yml")).briefings == kept  # what a build without a cache gives


@pytest.mark.parametrize("forget", [True, False], ids=["new process", "mkdocs serve"])
def test_a_renamed_state_extracts_again_the_source_naming_a_body_after_it(root: Path, forget: bool) -> None:
    third = "Doha protests\n\nQatar's foreign ministry condemned the move on 5 June 2017.\n"
    (root / "sources" / "third.txt").write_text(third, encoding="utf-8")
    build(root)
    _replace_in("actors.yaml", "    name: Qatar\n", "    name: State of Qatar\n")(root)
    stats = build(root, forget)
    assert (stats["extracted"], stats["cache_hits"]) == (1, 2)
    site = build_site(load_project(root / "mkdocs.yml"))
    assert "Ministry of Foreign Affairs (State of Qatar)" in [a.name for a in site.registry.actors.values()]
    shutil.rmtree(root / ".cache")
    cache.forget()
    assert build_site(load_project(root / "mkdocs.yml")).briefings == site.briefings


def test_the_registries_entries_were_made_with_are_kept_until_no_entry_refers_to_them(root: Path) -> None:
    build(root)
    _append_actor("  - {id: brussels-test, name: Brussels, kind: place}\n")(root)
    build(root)  # the first source is made with the new registries, the second holds: both registries are kept
    assert len(list((root / ".cache" / "briefing").glob(f"{cache.REGISTRIES}*"))) == 2
    (root / "sources" / "second.txt").write_text(SECOND.replace("June", "May"), encoding="utf-8")
    build(root)
    assert len(list((root / ".cache" / "briefing").glob(f"{cache.REGISTRIES}*"))) == 1


def test_a_new_extractor_version_extracts_every_source_again(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(root)
    monkeypatch.setattr(extract, "VERSION", extract.VERSION + "-next")
    cache.extractor_fingerprint.cache_clear()
    try:
        assert build(root)["extracted"] == 2
    finally:
        monkeypatch.undo()
        cache.extractor_fingerprint.cache_clear()


def _truncate(raw: bytes, other: bytes) -> bytes:
    return raw[: len(raw) // 2]


def _flip_a_payload_byte(raw: bytes, other: bytes) -> bytes:
    return raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:]


def _another_entry_under_this_name(raw: bytes, other: bytes) -> bytes:
    return other  # a valid entry, but for another key: stale for this one


def _garbage(raw: bytes, other: bytes) -> bytes:
    return b"not a cache entry"


@pytest.mark.parametrize("damage", [_truncate, _flip_a_payload_byte, _another_entry_under_this_name, _garbage])
def test_a_corrupt_entry_is_rejected_and_rebuilt(root: Path, damage) -> None:
    build(root)
    victim, other = entries(root)
    victim.write_bytes(damage(victim.read_bytes(), other.read_bytes()))
    stats = build(root)
    assert (stats["extracted"], stats["cache_hits"], stats["cache_rejected"]) == (1, 1, 1)
    assert build(root)["extracted"] == 0  # the entry was written again, whole


def test_serve_rebuilds_keep_entries_in_memory(root: Path) -> None:
    build(root)
    for entry in entries(root):
        entry.unlink()  # a rebuild in the same process does not need the files
    stats = build(root, forget=False)
    assert (stats["extracted"], stats["cache_hits"]) == (0, 2)


def test_an_unreadable_source_is_a_problem_not_a_cache_entry(root: Path) -> None:
    (root / "sources" / "broken.txt").symlink_to(root / "sources" / "missing.txt")
    site = build_site(load_project(root / "mkdocs.yml"))
    assert any(p.path == "sources/broken.txt" for p in site.problems)
    assert site.stats["pages"] == 2


def test_mkdocs_rebuild_extracts_exactly_the_edited_source(root: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Two real MkDocs builds in one process, as `mkdocs serve` runs them, with one source edited between."""
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.briefing")
    build_project(root, tmp_path / "site")
    (root / "sources" / "first.txt").write_text(FIRST.replace("Brussels", "Doha"), encoding="utf-8")
    caplog.clear()
    build_project(root, tmp_path / "site")
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("briefing:")]
    assert len(lines) == 1 and "extracted 1 (" in lines[0] and "1 from the cache" in lines[0], lines
    assert "Doha" in (tmp_path / "site" / "api" / "events.json").read_text(encoding="utf-8")


def remembered(root: Path) -> None:
    """A build that stores its site model, as the hooks do once the pages are made."""
    cache.forget()
    remember(load_project(root / "mkdocs.yml"), build_site(load_project(root / "mkdocs.yml")))


def test_a_build_with_every_input_unchanged_reuses_the_site_model(root: Path) -> None:
    first = build_site(load_project(root / "mkdocs.yml"))
    remember(load_project(root / "mkdocs.yml"), first)
    cache.forget()
    again = build_site(load_project(root / "mkdocs.yml"))
    assert again.build.reused and (again.stats["extracted"], again.stats["cache_hits"]) == (0, 2)
    for part in ("briefings", "links", "assessments", "problems"):
        assert getattr(again, part) == getattr(first, part), part
    for part in ("related", "backlinks", "cooccurrence"):  # made when read, from what was stored
        assert getattr(again.links, part) == getattr(first.links, part), part


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "sources" / "first.txt").write_text(FIRST.replace("Brussels", "Doha"), encoding="utf-8"),
        lambda root: (root / "sources" / "third.txt").write_text(SECOND.replace("June", "May"), encoding="utf-8"),
        lambda root: (root / "sources" / "second.txt").unlink(),
        lambda root: (root / "registry" / "actors.yaml").write_text(
            (root / "registry" / "actors.yaml").read_text(encoding="utf-8") + "  - {id: doha-test, name: Doha, kind: place}\n",
            encoding="utf-8",
        ),
        lambda root: (root / "mkdocs.yml").write_text(
            (root / "mkdocs.yml").read_text(encoding="utf-8").replace("language: en", "language: ar"), encoding="utf-8"
        ),
    ],
    ids=["edited source", "new source", "removed source", "registry", "site language"],
)
def test_any_changed_input_builds_the_site_model_again(root: Path, change) -> None:
    remembered(root)
    change(root)
    cache.forget()
    assert not build_site(load_project(root / "mkdocs.yml")).build.reused


def test_a_corrupt_site_model_is_built_again_and_replaced(root: Path) -> None:
    remembered(root)
    memo = root / ".cache" / "briefing" / cache.SITE_MEMO
    memo.write_bytes(_flip_a_payload_byte(memo.read_bytes(), b""))
    remembered(root)  # rejected: built from the entries, and stored again
    cache.forget()
    assert build_site(load_project(root / "mkdocs.yml")).build.reused


REPLAYED = "its pages and exports are the last build's"


def mkdocs_build(root: Path, site_dir: Path, caplog: pytest.LogCaptureFixture) -> str:
    """A real `mkdocs build`, as a new process would run it; the build's summary line."""
    cache.forget()
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.briefing")
    caplog.clear()
    build_project(root, site_dir)
    return next(r.getMessage() for r in caplog.records if r.getMessage().startswith("briefing:"))


def same_files(first: Path, again: Path, besides: set[str] = frozenset()) -> None:
    names = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for name in names:
        if name.name not in besides:
            assert (first / name).read_bytes() == (again / name).read_bytes(), name


def test_mkdocs_build_replays_the_last_pages_and_exports_when_nothing_changed(
    root: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert REPLAYED not in mkdocs_build(root, tmp_path / "first", caplog)
    assert (root / ".cache" / "briefing" / cache.SITE_MEMO).is_file()
    assert (root / ".cache" / "briefing" / outputs.ARCHIVE).is_file()
    assert REPLAYED in mkdocs_build(root, tmp_path / "again", caplog)
    same_files(tmp_path / "first", tmp_path / "again")  # feed.xml and chronology.ics too: the stored ones


def _damage_the_middle(raw: bytes) -> bytes:
    middle = len(raw) // 2
    return raw[:middle] + bytes([raw[middle] ^ 0xFF]) + raw[middle + 1 :]


@pytest.mark.parametrize("damage", [lambda raw: raw[: len(raw) // 2], _damage_the_middle, lambda raw: b"not an archive"])
def test_a_corrupt_outputs_archive_is_not_replayed_but_made_again(
    root: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage
) -> None:
    mkdocs_build(root, tmp_path / "first", caplog)
    archive = root / ".cache" / "briefing" / outputs.ARCHIVE
    archive.write_bytes(damage(archive.read_bytes()))
    line = mkdocs_build(root, tmp_path / "again", caplog)
    assert "the site model is unchanged" in line and REPLAYED not in line
    same_files(tmp_path / "first", tmp_path / "again", besides={"feed.xml", "chronology.ics"})  # their build time
    assert REPLAYED in mkdocs_build(root, tmp_path / "third", caplog)  # written again, whole


def test_a_damaged_seal_is_not_trusted(root: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    mkdocs_build(root, tmp_path / "first", caplog)
    (root / ".cache" / "briefing" / outputs.SEAL).write_text("not a seal", encoding="utf-8")
    assert REPLAYED not in mkdocs_build(root, tmp_path / "again", caplog)
    assert REPLAYED in mkdocs_build(root, tmp_path / "third", caplog)


def test_a_changed_setting_makes_the_pages_and_exports_again(
    root: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    mkdocs_build(root, tmp_path / "first", caplog)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("https://example.org/briefing/", "https://example.net/b/"))
    line = mkdocs_build(root, tmp_path / "again", caplog)
    assert "the site model is unchanged" in line and REPLAYED not in line
    assert "https://example.net/b/briefings/" in (tmp_path / "again" / "feed.xml").read_text(encoding="utf-8")


def test_recorded_outputs_are_kept_only_when_every_page_was_recorded(tmp_path: Path) -> None:
    """A child that stopped half-way (the rest made in the parent) leaves no archive to replay."""
    makers = {"a.md": lambda: "page a", "b.md": lambda: "page b"}
    (tmp_path / "site" / "api").mkdir(parents=True)
    (tmp_path / "site" / "api" / "x.json").write_text("[]\n", encoding="utf-8")
    half = outputs.Recorder(tmp_path / "cache", "key-1", makers)
    assert half.makers(makers)["a.md"]() == "page a"
    half.finish(tmp_path / "site", ["api/x.json"])
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())
    whole = outputs.Recorder(tmp_path / "cache", "key-1", makers)
    assert [make() for make in whole.makers(makers).values()] == ["page a", "page b"]
    whole.finish(tmp_path / "site", ["api/x.json"])
    assert outputs.Replay.open(tmp_path / "cache", "key-2") is None  # made from other inputs
    replay = outputs.Replay.open(tmp_path / "cache", "key-1")
    assert replay is not None and {path: make() for path, make in replay.makers().items()} == {"a.md": "page a", "b.md": "page b"}
    replay.write_files(tmp_path / "again")
    assert (tmp_path / "again" / "api" / "x.json").read_text(encoding="utf-8") == "[]\n"


def test_temporary_files_of_a_stopped_build_are_removed_later_not_while_they_may_be_written(root: Path) -> None:
    build(root)
    folder = root / ".cache" / "briefing"
    stopped, writing = folder / f"{outputs.ARCHIVE}.12345.part", folder / "0123abcd.54321.part"
    for part in (stopped, writing):
        part.write_bytes(b"half a file")
    hours_ago = time.time() - 2 * 3600
    os.utime(stopped, (hours_ago, hours_ago))
    build(root)
    assert not stopped.exists() and writing.exists()


@pytest.mark.parametrize("used", [True, False], ids=["its-own-key", "an-unused-key"])
def test_a_folder_named_like_an_entry_is_removed_not_fatal(root: Path, used: bool) -> None:
    """A directory where an entry goes (`<hash>.entry/`) once made every build fail until deleted."""
    build(root)
    entry = entries(root)[0] if used else root / ".cache" / "briefing" / f"{'0' * 64}{cache.SUFFIX}"
    entry.unlink(missing_ok=True)
    (entry / "inside").mkdir(parents=True)
    stats = build(root)
    assert stats["pages"] == 2 and stats["errors"] == 0
    assert entry.is_file() if used else not entry.exists()
    assert build(root)["cache_hits"] == 2


@pytest.mark.parametrize("workers", ["2", "1"], ids=["extraction-workers", "pages-child"])
def test_children_end_when_the_build_is_killed(tmp_path: Path, workers: str) -> None:
    """Extraction workers (two of them) or, with one, the pages' child die with a killed `mkdocs build`."""
    root = make_project(tmp_path, {f"s{n}.txt": f"Source {n}\n\n{FIRST}{n} more words.\n" for n in range(300)})
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write(f"\nextra:\n  briefing:\n    workers: {workers}\n")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    build = subprocess.Popen([str(mkdocs), "build", "-d", str(tmp_path / "site")], cwd=root, env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (children := _children(build.pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert children, "the build started no child process"
    finally:
        build.kill()
        build.wait()
    deadline = time.monotonic() + 10
    while (alive := [pid for pid in children if _alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in alive:  # leave no orphan behind when this fails
        os.kill(pid, signal.SIGKILL)
    assert alive == []


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for its (gone) parent to be reaped by init."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def _says_where_it_was_made(path: Path) -> extract.Briefing:
    """A `make` whose result (a Problem) names the process that made it."""
    raise SourceError(Problem(path.name, str(os.getpid())))


def test_the_workers_fork_after_the_first_misses_are_made_in_this_process(tmp_path: Path) -> None:
    """What extraction loads once per process (the language model, date grammars, data files) is then loaded before
    the fork and inherited, not loaded again in every worker; the results keep the sources' order."""
    jobs = [(tmp_path / f"s{n:03}.txt", f"s{n:03}.txt") for n in range(250)]
    for path, _ in jobs:
        path.write_text(path.stem, encoding="utf-8")
    results = list(cache.ExtractionCache(tmp_path / "cache", None, workers=2).briefings(jobs, _says_where_it_was_made))
    assert [r[0].path for r in results] == [f"s{n:03}.txt" for n in range(250)]  # each file's problems
    here = [r[0].message == str(os.getpid()) for r in results]
    assert here == [True] * cache.WARM_UP + [False] * (250 - cache.WARM_UP)


def test_a_preview_tells_a_duplicate_text_with_the_kept_keys_of_unchanged_sources(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under `mkdocs serve` each unchanged source's text key is the last build's (validate._text_keys): a copy added,
    edited away and back is reported exactly when a fresh build reports it, and only the new text is read again."""
    last: dict = {}
    project = load_project(root / "mkdocs.yml")
    read = []
    monkeypatch.setattr(validate, "text_key", lambda source, key=validate.text_key: read.append(source.path) or key(source))

    def duplicates() -> list[str]:
        read.clear()
        kept = [str(p) for p in build_site(project, last=last).problems if "same article text" in p.message]
        assert len(read) <= 1  # the source written, if any
        fresh = [str(p) for p in build_site(project).problems if "same article text" in p.message]
        assert kept == fresh
        return kept

    build_site(project, last=last)  # the first build reads every text
    assert duplicates() == []
    copy = root / "sources" / "third.txt"
    for text, found in [(FIRST.upper(), 1), (FIRST + "\nMore.\n", 0), (FIRST, 1)]:
        copy.write_text(text, encoding="utf-8")
        assert len(duplicates()) == found
    copy.unlink()
    assert duplicates() == []
