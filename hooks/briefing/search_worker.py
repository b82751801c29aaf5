"""Under `mkdocs serve --dirty`, the search plugin's reading of the pages a rebuild makes, in a second process.

Material's search plugin parses every page it indexes with Python's `html.parser`: a third of a rebuild that
makes hundreds of pages (a registry edit renaming a state: about 5 s of CPU at 1,000 sources), while the second
core waits. `mkdocs serve` runs a server thread, so forking is unsafe: one worker is spawned once and kept for
the life of the process; each page made is sent to it as the plugin would read it, and it runs the plugin's own
`SearchIndex` over it, so its entries are what the plugin would give. For such a build the plugin's index is a
`WorkerIndex`: the plugin hands it each page as usual, and it sends the page on (no code of the plugin is changed).
Should the worker fail, the pages are indexed here. Only a preview does this: a build under `mkdocs build` may fork
its own second process (background.py).
"""

from __future__ import annotations

import atexit
import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from material.plugins.search.plugin import SearchIndex
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

from .background import die_with_parent
from .textstore import digest

log = get_plugin_logger("briefing")
WORKER_MIN = 1  # pages made in a rebuild from which the worker indexes them: sending a page costs this process less than
# reading it (Material's parser: 7 ms for a 30 KB page), and the worker reads it on the second core meanwhile
PENDING = 32  # pages sent and not yet collected: their HTML and entries wait in memory meanwhile


@dataclass(frozen=True)
class PageView:
    """What the search plugin reads of a page (`SearchIndex.add_entry_from_context`), picklable."""

    url: str
    content: str
    toc: Any
    title: str | None
    meta: dict[str, Any]


@dataclass(frozen=True)
class SentEarly:
    """What was sent of a page before the search plugin read it, without its HTML: the HTML's size and digest. Every
    page of a first build is sent early, and its HTML held here until MkDocs renders it would be the whole site's HTML
    in memory at once (about 1.3 GB at 10,000 sources, where the page itself waits compressed on disk: engine.py)."""

    size: int
    digest: bytes
    toc: Any
    title: str | None
    meta: dict[str, Any]

    @classmethod
    def of(cls, view: PageView) -> SentEarly:
        data = view.content.encode()
        return cls(len(data), digest(data), view.toc, view.title, view.meta)

    def matches(self, page: Page) -> bool:
        """Whether the search plugin reads now what was sent: the same HTML, title, table of contents and meta."""
        if self.title != page.title or self.toc is not page.toc or self.meta != page.meta:
            return False
        data = (page.content or "").encode()
        return len(data) == self.size and digest(data) == self.digest


def search_json(entries: list[dict[str, Any]]) -> str:
    """A page's entries as they are in the search plugin's index (`generate_search_index`), comma-separated."""
    return ",".join(json.dumps(entry, separators=(",", ":"), default=str) for entry in entries)


def entries_json(config: dict[str, Any], page: PageView) -> str:
    """The page's search entries, as the plugin configured with `config` makes them, in the index's JSON."""
    index = SearchIndex(**config)
    index.add_entry_from_context(page)
    return search_json(index.entries)


class WorkerIndex(SearchIndex):
    """The search plugin's index for one build: each page it is given is indexed by `worker`."""

    def __init__(self, config: dict[str, Any], worker: SearchWorker) -> None:
        super().__init__(**config)
        self.worker = worker

    def add_entry_from_context(self, page: Page) -> None:
        if excluded(page.meta):  # no entries, as the plugin's own index gives: not sent (the tags page, the print view)
            self.worker.early.pop(page.url, None)
            return
        if not self.worker.sent_as(page):  # a page sent as soon as it was converted, and unchanged since, is not sent again
            self.worker.submit(page, self.config)


def excluded(meta: dict[str, Any]) -> bool:
    """Whether the search plugin leaves the page out of the index (`search: exclude: true` in its meta), as Material's
    `SearchIndex.add_entry_from_context` reads it. Such a page was still sent to the worker whole: the tags page, whose
    listing is 55 MB of HTML at 10,000 sources, pickled and held until the worker answered, for no entry."""
    search = meta.get("search") or {}
    return bool(search.get("exclude"))


class SearchWorker:
    """A worker process, started on first use and stopped with this process, and this build's pages sent to it."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.config: dict[str, Any] = {}
        self.forget()
        atexit.register(self.close)  # before the interpreter's own teardown, which the pool's threads trip over

    def forget(self) -> None:
        self.sent: dict[str, Future[str]] = {}  # url -> its entries, in the order sent (which the worker keeps)
        self.views: dict[str, PageView] = {}  # url -> what was sent, until its entries are in (else indexed here)
        self.early: dict[str, SentEarly] = {}  # url -> what was sent of a page before the search plugin read it
        self.sent_early = 0  # ... and how many of them the plugin read as they were sent

    def submit(self, page: Page, config: dict[str, Any]) -> None:
        self._send(PageView(page.url, page.content or "", page.toc, page.title, page.meta), config)

    def submit_early(self, page: Page, config: dict[str, Any], content: str) -> None:
        """The page sent as soon as its HTML exists (on_page_content), `content` being the HTML the search plugin will
        read, while this process converts the pages after it: the worker would otherwise wait for MkDocs to render it
        (on_page_context), after every page is converted."""
        if excluded(page.meta):
            return  # no entries: nothing to send (the plugin's own reading, later, sends nothing either)
        view = PageView(page.url, content or "", page.toc, page.title, dict(page.meta))  # meta as it is now
        self.early[page.url] = SentEarly.of(view)
        self._send(view, config)

    def _send(self, view: PageView, config: dict[str, Any]) -> None:
        self.sent.pop(view.url, None)  # sent before, and changed since: its entries are these
        self.config, self.views[view.url] = config, view
        self.sent[view.url] = future = self._submitted(view)
        future.add_done_callback(partial(self._received, view))

    def sent_as(self, page: Page) -> bool:
        """Whether the page was sent early as the search plugin reads it now (the same HTML, title, toc and meta)."""
        sent = self.early.pop(page.url, None)
        same = sent is not None and sent.matches(page)
        self.sent_early += same
        return same

    def collected(self, pending: int = PENDING) -> Iterator[tuple[str, str]]:
        """Each page's url and entries (as the index's JSON) once they are in, in the order sent, until no more than
        `pending` pages wait (0: every page), so that neither their HTML nor their entries pile up in memory."""
        while self.sent:
            url, future = next(iter(self.sent.items()))
            if len(self.sent) <= pending and not future.done():
                return
            del self.sent[url]
            yield url, self._result(url, future)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    def _submitted(self, view: PageView) -> Future[str]:
        try:
            return self._submit(view)
        except BrokenProcessPool:  # its worker stopped since it was last asked: a new one
            self.close()
            return self._submit(view)

    def _submit(self, view: PageView) -> Future[str]:
        # Spawned, the worker imports `briefing` from sys.path as it is when it starts (in a submit).
        package_parent = str(Path(__file__).resolve().parent.parent)
        if self.pool is None:
            self.pool = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"), die_with_parent, (os.getpid(),))
        sys.path.insert(0, package_parent)
        try:
            return self.pool.submit(entries_json, self.config, view)
        finally:
            sys.path.remove(package_parent)

    def _received(self, view: PageView, future: Future[str]) -> None:
        """What was sent is let go once its entries are in (in the pool's thread)."""
        if not future.cancelled() and future.exception() is None and self.views.get(view.url) is view:
            self.views.pop(view.url, None)

    def _result(self, url: str, future: Future[str]) -> str:
        try:
            return future.result()
        except Exception as exc:  # a worker that stopped: this page here, and a new worker next time
            if self.pool is not None:
                log.info("search indexing in a second process stopped (%r): the pages left are indexed here", exc)
                self.close()
            return entries_json(self.config, self.views[url])
