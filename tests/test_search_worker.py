"""Pages indexed for search in a worker process (a preview that makes many pages) get the entries Material's
search plugin gives them itself, also when that process stops."""

from __future__ import annotations

import json
import os
import signal
from types import SimpleNamespace
from typing import Any

from briefing.search_worker import SearchWorker, WorkerIndex
from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.toc import AnchorLink

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stemmer"], "fields": {}}
TALKS = AnchorLink("Talks in the capital", "talks", 2)
PAGES = [
    SimpleNamespace(
        url="briefings/harbour-talks/",
        title="Harbour talks",
        toc=[TALKS],
        meta={"tags": ["Freedonia", "Sylvania"]},
        content=(
            "<p>Officials of <b>Freedonia</b> and Sylvania met at the harbour.</p>\n"
            '<h2 id="talks">Talks in the capital<a class="headerlink" href="#talks">¶</a></h2>\n'
            "<ul><li>first round</li><li> </li></ul><p>Second &amp; last round.</p>"
            '<div data-search-exclude=""><p>Related sources</p></div>'
        ),
    ),
    SimpleNamespace(url="about/", title="About", toc=[], meta={"search": {"exclude": True}}, content="<p>Not indexed.</p>"),
    SimpleNamespace(url="notes/", title="Notes", toc=[], meta={"search": {"boost": 2}}, content="<pre>a\n  b</pre>"),
]


def _by_plugin(page: Any) -> list[dict[str, Any]]:
    index = SearchIndex(**CONFIG)
    index.add_entry_from_context(page)
    return index.entries


def _indexed_by(worker: SearchWorker) -> dict[str, list[dict[str, Any]]]:
    """Each page's entries; a page the plugin excludes from search is not sent to the worker, and has none."""
    index = WorkerIndex(CONFIG, worker)
    for page in PAGES:
        index.add_entry_from_context(page)
    found = {url: json.loads(f"[{text}]") for url, text in worker.collected(0)}
    return {page.url: found.get(page.url, []) for page in PAGES}


def test_pages_indexed_by_the_worker_get_the_plugins_entries() -> None:
    worker = SearchWorker()
    try:
        found = _indexed_by(worker)
        assert found == {page.url: _by_plugin(page) for page in PAGES}
        assert found["briefings/harbour-talks/"][1]["location"] == "briefings/harbour-talks/#talks"
        assert found["about/"] == []
        assert worker.pool is not None  # indexed in the worker, which stays for the next build
    finally:
        worker.close()


def test_pages_are_indexed_here_when_the_worker_stops() -> None:
    worker = SearchWorker()
    try:
        _indexed_by(worker)
        assert worker.pool is not None
        for pid in list(worker.pool._processes):  # the worker dies between two builds
            os.kill(pid, signal.SIGKILL)
        assert _indexed_by(worker) == {page.url: _by_plugin(page) for page in PAGES}
        assert _indexed_by(worker) == {page.url: _by_plugin(page) for page in PAGES}  # with a new worker
    finally:
        worker.close()
