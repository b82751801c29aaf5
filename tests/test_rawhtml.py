"""Raw HTML blocks held out of Python-Markdown (rawhtml.py) give the HTML the whole Markdown gives: every
generated page of a site with listing, chronology and actor pages, converted with mkdocs.yml's extensions both
ways; and no marker or placeholder reaches the built site."""

from __future__ import annotations

import sys
from pathlib import Path

import markdown
from conftest import ROOT, make_project

sys.path.insert(0, str(ROOT / "bench"))
from briefing import linkpages, rawhtml, render
from briefing.pipeline import build_site
from briefing.site import Project
from generate import generate
from mkdocs.config import load_config


def _converter() -> markdown.Markdown:
    """Python-Markdown with the extensions MkDocs uses for the example (mkdocs.yml's and MkDocs' own)."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def _unmarked(text: str) -> str:
    """The Markdown as it was before blocks were marked: the marker lines taken out."""
    return rawhtml.MARKED.sub(lambda m: m.group(2), text)


def test_held_blocks_give_the_same_html_as_the_whole_markdown(tmp_path: Path) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 320, seed=7)  # more than one index page lists: listing pages too
    site = build_site(Project(root))
    pages = {**render.pages(site), **linkpages.pages(site)}
    held_pages = 0
    for path, text in pages.items():
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        expected = _converter().convert(_unmarked(body))
        shortened, held = rawhtml.hold(body)
        html = _converter().convert(shortened)
        found = rawhtml.restore(rawhtml.restore(html, held.searched), held.unsearched)
        assert found == expected, path
        held_pages += bool(held.searched or held.unsearched)
        assert "briefing:html" not in found
        if path.startswith("briefings/") and "/by-year/" not in path and path != "briefings/index.md":
            # a briefing page: its source text converted apart, its related list never parsed by search
            assert any('class="source-text"' in block for block in held.searched.values()), path
            assert any('class="related-briefings"' in block for block in held.unsearched.values()) == (
                'class="related-briefings"' in expected
            ), path
    chronology = [path for path in pages if path.startswith("chronology/")]
    assert len(chronology) > 2 and held_pages > len(chronology)  # split by year, and every link page holds blocks


def test_no_marker_or_placeholder_reaches_the_site(seed_site: Path) -> None:
    pages = sorted(seed_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        assert "briefing:html" not in page.read_text(encoding="utf-8"), page
    briefings = [page for page in seed_site.glob("briefings/*/index.html") if "by-year" not in str(page)]
    assert briefings
    for page in briefings:  # the page's blocks back in place, laid out as the unmarked Markdown gave them
        html = page.read_text(encoding="utf-8")
        assert '</p>\n</div>\n<h2 id="about-this-source">' in html, page
        assert html.count('class="source-text"') == 1 and html.count('class="related-briefings"') <= 1, page
    reliability = (seed_site / "reliability" / "index.html").read_text(encoding="utf-8")
    assert reliability.count('id="reliability-table"') == 1  # put back once, after search read the page
    search = (seed_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "briefing:html" not in search
