"""A preview's rebuild does not convert again a generated page whose Markdown around its raw HTML blocks is the last
build's (a registry edit renaming a state changes the tags, actor lists and notes of most briefing pages, all in
HTML blocks): its HTML is the last conversion's, and the served site is still byte for byte a full build."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate
from serving import EPOCH, differences, full_build

URL = "http://127.0.0.1:8000/briefing/"
REUSED = re.compile(r"preview: made (\d+) of (\d+) pages, (\d+) of them from their last conversion")


def test_a_renamed_state_keeps_the_conversion_of_pages_whose_markdown_around_their_html_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 40, seed=5)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    served = tmp_path / "served"
    with mkdocs_log() as log:
        dirty_rebuild(root, served, first=True)
        actors = root / "registry" / "actors.yaml"
        text = actors.read_text(encoding="utf-8")
        assert "    name: Qatar\n" in text
        actors.write_text(text.replace("    name: Qatar\n", "    name: State of Qatar\n"), encoding="utf-8")
        dirty_rebuild(root, served, first=False)
    made, total, reused = map(int, REUSED.findall("\n".join(log.lines))[-1])
    # the briefing pages naming Qatar are made again, and most of them keep their conversion
    assert made > 20 and reused > made / 2, (made, total, reused)
    built = tmp_path / "built"
    full_build(root, built, URL)
    assert differences(served, built) == []
    page = next((served / "briefings").glob("*/index.html"))
    assert os.path.getsize(page) > 0
