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
from briefing import feed, rawhtml, render
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log
from material.plugins.tags.structure.mapping.manager import MappingManager
from mkdocs.structure.pages import Page

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate
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


def _briefing(number: int, title: str) -> SimpleNamespace:
    return SimpleNamespace(
        title=title,
        path=f"briefings/b{number}/",
        summary=f"Officials met in Doha ({number}).",
        lede="",
        tags=["security"],
        actors=["qatar"],
        published=SimpleNamespace(date="2024-03-04"),
    )


def test_a_feed_made_again_makes_only_the_items_that_changed() -> None:
    registry = SimpleNamespace(actors={"qatar": SimpleNamespace(name="Qatar")})
    site = SimpleNamespace(briefings=[_briefing(n, f"Talks in Doha, round {n}") for n in range(3)], registry=registry)
    first = feed.rss(site, "https://example.org/", "Briefing", "")  # type: ignore[arg-type]
    items = dict(feed._made_items)
    site.briefings[1] = _briefing(1, "Talks in Doha postponed")
    second = feed.rss(site, "https://example.org/", "Briefing", "")  # type: ignore[arg-type]
    assert b"<title>Talks in Doha postponed</title>" in second and b"round 1" in first and b"round 1" not in second
    assert b"<category>Qatar</category>" in second and b"<pubDate>Mon, 04 Mar 2024 00:00:00 +0000</pubDate>" in second
    again = [entry for entry in feed._made_items.values() if any(entry is kept for kept in items.values())]
    assert len(feed._made_items) == 3 and len(again) == 2  # rounds 0 and 2 kept as they were made
    registry.actors["qatar"].name = "State of Qatar"  # every item's tags change
    third = feed.rss(site, "https://example.org/", "Briefing", "")  # type: ignore[arg-type]
    assert third.count(b"<category>State of Qatar</category>") == 3 and b"<category>Qatar<" not in third


def test_a_new_title_leaves_the_other_pages_tags_as_mapped_and_the_site_is_a_full_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path)
    generate(root / "sources", 70, seed=5)  # its briefings are listed by year, not in the navigation
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    served = tmp_path / "served"
    dirty_rebuild(root, served, first=True)
    mapped: list[str] = []
    add = MappingManager.add

    def counted(self: MappingManager, page: Page, markdown: str) -> object:
        if page.meta.get("tags"):
            mapped.append(page.file.src_uri)
        return add(self, page, markdown)

    monkeypatch.setattr(MappingManager, "add", counted)
    # a tagged page's new title: the tags listing changes, and the tags plugin must map every tagged page again
    retitled = sorted((root / "sources").glob("*.txt"))[3]
    retitled.write_text("Harbour drills\n" + retitled.read_text(encoding="utf-8").partition("\n")[2], encoding="utf-8")
    before = _written(served)
    with mkdocs_log() as log:
        dirty_rebuild(root, served, first=False)
    made, total = map(int, re.findall(r"preview: made (\d+) of (\d+) pages", "\n".join(log.lines))[-1])
    assert made < total / 2, (made, total)
    rewritten = {path for path, stamp in _written(served).items() if before.get(path) != stamp}
    outputs = {served / src_uri.removesuffix(".md") / "index.html" for src_uri in mapped}
    assert mapped and outputs <= rewritten, sorted(outputs - rewritten)  # the skipped pages' tags were not read again
    tags_page = (served / "tags" / "index.html").read_text(encoding="utf-8")
    assert "Harbour drills" in tags_page
    built = tmp_path / "built"
    full_build(root, built, URL)
    assert differences(served, built) == []


def _written(site: Path) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in site.rglob("index.html")}
