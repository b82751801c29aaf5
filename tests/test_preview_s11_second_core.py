"""A preview's rebuild that makes many pages uses the second core: their Markdown is made by this process and a forked
one at once, and each page goes to the search worker as soon as it is converted; the served site is still byte for byte
a full build, and a child that fails or stops answering changes nothing but where the pages are made."""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import pytest
from briefing.background import made_in_two
from briefing.search_worker import WORKER_MIN
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate
from serving import EPOCH, differences, full_build

URL = "http://127.0.0.1:8000/briefing/"
AHEAD = re.compile(r"preview: the Markdown of (\d+) pages made at once, (\d+) of them in a second process")
EARLY = re.compile(r"preview: made (\d+) of (\d+) pages, .*, (\d+) indexed for search as soon as converted")


def test_a_renamed_state_makes_its_pages_on_both_cores_and_the_site_is_a_full_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 70, seed=5)  # a rename then makes more than WORKER_MIN pages
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    served = tmp_path / "served"
    with mkdocs_log() as log:
        dirty_rebuild(root, served, first=True)
        log.lines.clear()
        actors = root / "registry" / "actors.yaml"
        text = actors.read_text(encoding="utf-8")
        assert "    name: Qatar\n" in text
        actors.write_text(text.replace("    name: Qatar\n", "    name: State of Qatar\n"), encoding="utf-8")
        dirty_rebuild(root, served, first=False)
    lines = "\n".join(log.lines)
    ahead, second = map(int, AHEAD.findall(lines)[-1])
    made, total, early = map(int, EARLY.findall(lines)[-1])
    assert ahead >= WORKER_MIN and 0 < second < ahead, (ahead, second)  # both processes made some
    assert made >= WORKER_MIN and early > made / 2, (made, total, early)  # most pages indexed while others converted
    built = tmp_path / "built"
    full_build(root, built, URL)
    assert differences(served, built) == []


def _page(number: int, parent: int, stuck: bool) -> str:
    if stuck and os.getpid() != parent:  # in the child only: it stops answering
        time.sleep(60)
    return f"# Page {number}\n\n" + "Text. " * number


def test_a_child_that_stops_answering_leaves_the_pages_as_one_process_makes_them() -> None:
    parent = os.getpid()
    makers = {f"briefings/p{i}.md": (lambda i=i: _page(i, parent, stuck=i == 57)) for i in range(60)}
    started = time.monotonic()
    made, _ = made_in_two(makers, patience=1.0)
    assert made == {path: _page(i, parent, stuck=False) for i, path in enumerate(makers)}
    assert list(made) == list(makers)
    assert time.monotonic() - started < 30  # the stuck child was not waited for


def test_a_page_that_fails_in_the_child_is_made_here_and_its_error_raised_here() -> None:
    parent = os.getpid()

    def failing() -> str:
        raise ValueError("no title in briefings/p59.md")

    makers = {f"briefings/p{i}.md": (lambda i=i: _page(i, parent, stuck=False)) for i in range(59)}
    makers["briefings/p59.md"] = failing  # the child makes the last pages first
    with pytest.raises(ValueError, match="no title"):
        made_in_two(makers)
