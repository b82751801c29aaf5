"""Under a preview (`mkdocs serve --dirty`) Material's tags plugin makes its listings in a forked child (listings.py):
the listing of every tag with every page raised the serving process's peak about six times its size (55 MB of HTML
at 10,000 sources), on the first build and on every change of a tagged page's title or tags. The served site is byte
for byte a full build's, whether the child made the listing or failed and left it to the serving process; a plain
build makes it in its own process."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from briefing import listings
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log
from material.plugins.tags.structure.listing.manager import ListingManager
from mkdocs.commands.build import build
from mkdocs.config import load_config

sys.path.insert(0, str(ROOT / "bench"))
from serving import EPOCH, differences, full_build

URL = "http://127.0.0.1:8000/briefing/"
ADDED = "Ministers in Oslo\n\nNorway and NATO ministers met in Oslo on 12 February 2025 to agree on a new exercise.\n"


@pytest.fixture(autouse=True)
def any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example's few tagged pages made apart, as a large site's are."""
    monkeypatch.setattr(listings, "APART_MIN", 0)


@pytest.fixture
def made_by(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file each process that makes the tags listings writes its id to (a forked child's list would stay its own)."""
    record = tmp_path / "listed-by"
    populate = ListingManager.populate_all

    def recorded(self: ListingManager, *args: object, **kwargs: object) -> None:
        populate(self, *args, **kwargs)
        with record.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")

    monkeypatch.setattr(ListingManager, "populate_all", recorded)
    return record


def _pids(record: Path) -> list[int]:
    pids = [int(line) for line in record.read_text(encoding="utf-8").split()] if record.exists() else []
    record.unlink(missing_ok=True)
    return pids


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example project, the current directory, with the build's timestamps fixed."""
    root = make_project(tmp_path, copy_sources=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    return root


def served_as_built(root: Path, first: bool) -> Path:
    """The preview's build after a change, checked file by file against a full build (made in its own process)."""
    served = root.parent / "served"
    with mkdocs_log():
        dirty_rebuild(root, served, first=first)
    full_build(root, root.parent / "built", URL)
    assert differences(served, root.parent / "built") == []
    return served


def test_a_preview_makes_the_tags_listing_in_a_child_and_the_site_is_a_full_builds(project: Path, made_by: Path) -> None:
    served = served_as_built(project, first=True)
    [child] = _pids(made_by)
    assert child != os.getpid()  # made in a child
    assert "tags.json" in {p.name for p in served.iterdir()} and (served / "tags" / "index.html").stat().st_size > 1000

    # a source added: a new tagged page, so the listing is made again, in a child, with the new page in it
    (project / "sources" / "oslo-ministers.txt").write_text(ADDED, encoding="utf-8")
    served_as_built(project, first=False)
    [child] = _pids(made_by)
    assert child != os.getpid()
    assert "Ministers in Oslo" in (served / "tags" / "index.html").read_text(encoding="utf-8")

    # an edit that changes no tag: the listing is the last build's, and no child is forked for it
    path = project / "sources" / "oslo-ministers.txt"
    path.write_text(ADDED + "\nThe exercise was planned for the spring.\n", encoding="utf-8")
    served_as_built(project, first=False)
    assert all(pid == os.getpid() for pid in _pids(made_by))


def test_a_child_that_fails_leaves_the_listing_to_the_serving_process(
    project: Path, monkeypatch: pytest.MonkeyPatch, made_by: Path
) -> None:
    here = os.getpid()
    populate = ListingManager.populate_all

    def failing_in_a_child(self: ListingManager, *args: object, **kwargs: object) -> None:
        if os.getpid() != here:
            raise RuntimeError("the child fails")
        populate(self, *args, **kwargs)

    monkeypatch.setattr(ListingManager, "populate_all", failing_in_a_child)
    served_as_built(project, first=True)
    assert _pids(made_by) == [here]  # made here, once


def test_a_child_that_gives_no_answer_is_ended_and_the_listing_made_here(
    project: Path, monkeypatch: pytest.MonkeyPatch, made_by: Path
) -> None:
    monkeypatch.setattr(listings, "PATIENCE", 1.0)
    here = os.getpid()
    populate = ListingManager.populate_all

    def stuck_in_a_child(self: ListingManager, *args: object, **kwargs: object) -> None:
        if os.getpid() != here:
            time.sleep(600)
        populate(self, *args, **kwargs)

    monkeypatch.setattr(ListingManager, "populate_all", stuck_in_a_child)
    started = time.monotonic()
    served_as_built(project, first=True)
    assert time.monotonic() - started < 300  # not the child's 600 s
    assert _pids(made_by) == [here]


def test_a_child_that_cannot_be_forked_leaves_the_listing_here(
    project: Path, monkeypatch: pytest.MonkeyPatch, made_by: Path
) -> None:
    monkeypatch.setattr(listings, "os", _NoFork())  # listings.py's `os` alone: the preview forks elsewhere too
    served_as_built(project, first=True)
    assert _pids(made_by) == [os.getpid()]


def test_a_small_site_makes_its_listing_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, made_by: Path) -> None:
    monkeypatch.setattr(listings, "APART_MIN", 2000)  # the default: the example has a handful of tagged pages
    root = make_project(tmp_path, copy_sources=True)
    monkeypatch.chdir(root)
    with mkdocs_log():
        dirty_rebuild(root, tmp_path / "served", first=True)
    assert _pids(made_by) == [os.getpid()]


def test_a_plain_build_makes_the_listing_in_its_own_process(project: Path, made_by: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project.parent / "built"))
    config.plugins.on_startup(command="build", dirty=False)
    with mkdocs_log():
        build(config)
    assert _pids(made_by) == [os.getpid()]


class _NoFork:
    """`os` as listings.py sees it, where no process can be forked."""

    def __getattr__(self, name: str) -> object:
        return _no_fork if name == "fork" else getattr(os, name)


def _no_fork() -> int:
    raise OSError("no more processes")
