"""A preview's rebuilds made cheaper for the serving process: the search worker reads the pages of every rebuild (an edit's
handful too), raw HTML blocks are held out of a page's Markdown without a pattern that retries at every character of
a block, and a Markdown source's body is converted once per text. The served site stays byte for byte a full build."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from briefing import rawhtml, render
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log

sys.path.insert(0, str(ROOT / "bench"))
from serving import EPOCH, differences, full_build

URL = "http://127.0.0.1:8000/briefing/"
EARLY = re.compile(r"preview: made (\d+) of (\d+) pages, .*, (\d+) indexed for search as soon as converted")


def test_an_edits_few_pages_are_read_for_search_by_the_worker_and_the_site_is_a_full_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    served = tmp_path / "served"
    edited = sorted((root / "sources").iterdir())[0]
    with mkdocs_log() as log:
        dirty_rebuild(root, served, first=True)
        log.lines.clear()
        with edited.open("a", encoding="utf-8") as out:
            out.write("\n\nOn 3 March 2019, officials of both governments met again in Doha.\n")
        dirty_rebuild(root, served, first=False)
    made, total, early = map(int, EARLY.findall("\n".join(log.lines))[-1])
    assert made < total / 2 and early >= 1, (made, total, early)
    built = tmp_path / "built"
    full_build(root, built, URL)
    assert differences(served, built) == []


def _by_pattern(markdown: str) -> tuple[str, dict[str, tuple[bool, str]]]:
    """What the marker pattern holds out of `markdown` (the reference `hold` must agree with)."""
    blocks: dict[str, tuple[bool, str]] = {}

    def swap(match: re.Match[str]) -> str:
        placeholder = f"<!-- briefing:html {len(blocks)} -->"
        blocks[placeholder] = (bool(match.group(1)), match.group(2))
        return placeholder

    return rawhtml.MARKED.sub(swap, markdown), blocks


PIECES = [
    "<!-- briefing:html -->",
    "<!-- briefing:html unsearched -->",
    "<!-- /briefing:html -->",
    "<!-- briefing:html",
    "-->",
    "\n",
    "\n\n",
    "<div>text</div>",
    " ",
]


def test_blocks_are_held_out_as_the_marker_pattern_finds_them() -> None:
    chosen = random.Random(16)
    for _ in range(20_000):
        markdown = "".join(chosen.choice(PIECES) for _ in range(chosen.randint(0, 12)))
        text, held = rawhtml.hold(markdown)
        expected_text, expected = _by_pattern(markdown)
        assert text == expected_text, markdown
        found = {p: (False, b) for p, b in held.searched.items()} | {p: (True, b) for p, b in held.unsearched.items()}
        assert found == expected, markdown


def test_a_page_with_blocks_is_held_out_and_restored_whole() -> None:
    table = "<table>\n" + "<tr><td>Doha</td></tr>\n" * 500 + "</table>"
    markdown = f"# Talks\n\nQatar and NATO met.\n\n<!-- briefing:html -->\n{table}\n<!-- /briefing:html -->\n\nAfter.\n"
    markdown += '\n<!-- briefing:html unsearched -->\n<nav data-search-exclude="">Tags</nav>\n<!-- /briefing:html -->\n'
    text, held = rawhtml.hold(markdown)
    assert text == "# Talks\n\nQatar and NATO met.\n\n<!-- briefing:html 0 -->\n\nAfter.\n\n<!-- briefing:html 1 -->\n"
    assert list(held.searched.values()) == [table]
    assert list(held.unsearched.values()) == ['<nav data-search-exclude="">Tags</nav>']


def test_a_markdown_sources_body_is_converted_once_per_text() -> None:
    body = "Talks in **Doha** on 4 March 2024, said [the ministry](https://example.org/a).\n"
    briefing = SimpleNamespace(source=SimpleNamespace(body_markdown=body))
    first = render.source_text(briefing, None)  # type: ignore[arg-type]
    before = render._body_html.cache_info()
    again = render.source_text(briefing, None)  # type: ignore[arg-type]
    assert again == first and "<strong>Doha</strong>" in first
    assert render._body_html.cache_info().hits == before.hits + 1
    assert render._body_html.cache_info().misses == before.misses
