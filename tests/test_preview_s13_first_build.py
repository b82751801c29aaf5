"""A preview's first build (`mkdocs serve --dirty` makes every page) holds no more of the pages at once than a full build:

- it reads every generated page's Markdown to compare it with the last build's before MkDocs converts any (on_files):
  each then waits on disk until MkDocs reads it, as in a full build, not the whole site's Markdown in memory;
- it sends every page to the search worker as soon as it is converted, and the search plugin reads
the page again only once every page is converted and MkDocs renders it: meanwhile the serving process keeps what it sent
of each page to know whether the plugin reads the same, but not the page's HTML, which would be the whole site's HTML in
memory at once (the page itself waits compressed on disk until then). The plugin's entries are still the worker's
when the page is unchanged, and the page is indexed again when it changed.

The served site is still byte for byte a full build."""

from __future__ import annotations

import json
import sys
import tracemalloc
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from briefing.generated import GeneratedPage
from briefing.preview import Preview
from briefing.search_worker import SearchWorker, WorkerIndex
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log
from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.toc import AnchorLink

sys.path.insert(0, str(ROOT / "bench"))
from serving import EPOCH, differences, full_build

URL = "http://127.0.0.1:8000/briefing/"

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stemmer"], "fields": {}}
PAGES = 40


def _html(number: int) -> str:
    """About 200 KB of a briefing's HTML, different from page to page."""
    paragraph = f"<p>Officials of Freedonia met envoys of Sylvania in the harbour on the {number}th day of talks.</p>\n"
    return f'<h2 id="talks">Talks {number}</h2>\n' + paragraph * 2400


def _page(number: int, content: str, toc: list[AnchorLink]) -> SimpleNamespace:
    meta = {"title": f"Harbour talks {number}", "tags": ["Freedonia", "Sylvania"]}
    return SimpleNamespace(url=f"briefings/talks-{number}/", title=meta["title"], toc=toc, meta=meta, content=content)


def _by_plugin(page: Any) -> list[dict[str, Any]]:
    index = SearchIndex(**CONFIG)
    index.add_entry_from_context(page)
    return index.entries


def test_pages_sent_early_are_not_held_until_the_search_plugin_reads_them() -> None:
    worker = SearchWorker()
    tocs = [[AnchorLink(f"Talks {number}", "talks", 2)] for number in range(PAGES)]
    pages = [_page(number, "", tocs[number]) for number in range(PAGES)]
    try:
        tracemalloc.start()
        try:
            early: dict[str, str] = {}  # the entries of the first page (the preview spools them to disk)
            for page in pages:  # on_page_content: the HTML goes to the worker, and waits on disk here (engine.py)
                worker.submit_early(page, CONFIG, _html(int(page.url.split("-")[1].rstrip("/"))))
                early.update((url, text) for url, text in worker.collected() if url == pages[0].url)
            early.update((url, text) for url, text in worker.collected(0) if url == pages[0].url)
            held, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        sent = sum(len(_html(number)) for number in range(PAGES))
        assert sent > 8_000_000
        assert held < 1_500_000, held  # of the 8 MB of HTML sent, what waits for the plugin's reading is not its HTML

        # on_page_context: the plugin reads each page as the hooks give it back (the HTML a new string, equal)
        index = WorkerIndex(CONFIG, worker)
        changed = pages[7]
        for page in pages:
            number = int(page.url.split("-")[1].rstrip("/"))
            page.content = _html(number) if page is not changed else _html(number).replace("harbour", "capital")
            index.add_entry_from_context(page)
        again = dict(worker.collected(0))
        assert worker.sent_early == PAGES - 1  # read as sent: not indexed twice
        assert list(again) == [changed.url]  # changed since it was sent: indexed again, as the plugin reads it now
        assert json.loads(f"[{again[changed.url]}]") == _by_plugin(changed)
        assert json.loads(f"[{early[pages[0].url]}]") == _by_plugin(pages[0])
    finally:
        worker.close()


def test_a_first_preview_build_holds_no_page_markdown_before_mkdocs_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    held: list[tuple[int, int]] = []
    plan_site = Preview.plan_site

    def planned(self: Preview, nav: Any, files: Any, config: Any, home: str) -> None:
        """In on_nav, once every page was compared with the last build's, before MkDocs reads the first."""
        generated = [file for file in files if isinstance(file, GeneratedPage)]
        held.append((sum(len(file.text) for file in generated), sum(len(file.content_string) for file in generated)))
        for file in generated:  # as they were: read here only to measure them
            file.text, file.make = "", (lambda text=file.text: text)
        plan_site(self, nav, files, config, home)

    monkeypatch.setattr(Preview, "plan_site", planned)
    served = tmp_path / "served"
    with mkdocs_log():
        dirty_rebuild(root, served, first=True)
    [(in_memory, markdown)] = held
    assert markdown > 100_000  # every page made, its Markdown compared
    assert in_memory == 0  # none of it held until MkDocs reads the page
    built = tmp_path / "built"
    full_build(root, built, URL)
    assert differences(served, built) == []
