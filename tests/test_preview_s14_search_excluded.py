"""Under a preview whose search worker indexes the pages made, a page the search plugin leaves out of its index
(`search: exclude: true`: the tags page, whose listing grows with the site, and the print view) is not sent to the
worker: it gives no entries, as the plugin's own index gives none, and its HTML is neither pickled nor held until the
worker answers. Other pages are sent, and their entries are the plugin's."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from briefing.search_worker import SearchWorker, WorkerIndex
from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.toc import AnchorLink

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stemmer"], "fields": {}}


def _page(url: str, meta: dict[str, Any]) -> SimpleNamespace:
    listing = "".join(f'<li><a href="../briefings/talks-{n}/">Harbour talks {n}</a></li>\n' for n in range(20_000))
    content = f'<h1 id="tags">Tags</h1>\n<h2 id="freedonia">Freedonia</h2>\n<ul>\n{listing}</ul>\n'
    toc = [AnchorLink("Tags", "tags", 1)]
    return SimpleNamespace(url=url, title="Tags", toc=toc, meta=meta, content=content)


def _by_plugin(page: Any) -> list[dict[str, Any]]:
    index = SearchIndex(**CONFIG)
    index.add_entry_from_context(page)
    return index.entries


def test_a_page_excluded_from_search_is_not_sent_to_the_search_worker() -> None:
    worker = SearchWorker()
    try:
        excluded = _page("tags/", {"title": "Tags", "search": {"exclude": True}})
        indexed = _page("freedonia/", {"title": "Freedonia"})
        worker.submit_early(excluded, CONFIG, excluded.content)  # on_page_content
        assert worker.sent == {} and worker.views == {} and worker.early == {}
        index = WorkerIndex(CONFIG, worker)  # on_page_context: the search plugin reads every page
        index.add_entry_from_context(excluded)
        assert worker.sent == {} and worker.views == {}
        assert _by_plugin(excluded) == []  # what the plugin itself gives it: nothing is lost
        index.add_entry_from_context(indexed)
        assert list(worker.sent) == ["freedonia/"]
        entries = dict(worker.collected(0))
        assert json.loads(f"[{entries['freedonia/']}]") == _by_plugin(indexed)
        assert index.entries == []
    finally:
        worker.close()
