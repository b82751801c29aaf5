"""Material's tags listings made in a forked child of a live preview's serving process.

Material's tags plugin makes its listings in `on_env` (`populate_all`): every tag with every page tagged with it,
rendered by its templates, joined and substituted into the page holding the listing (`docs/tags.md`), by its own
code. At 1,000 sources that is 5.3 MB of HTML, and at 10,000 55 MB, and making it raised the process's peak about six
times its size (a first build at 1,000 sources: 32 MB; bench/MEASUREMENTS.md). Under `mkdocs serve` the serving
process lives on, and its peak is what counts (issue 18's 2 GB): the first build and every change of a tagged page's
title or tags (an added or deleted source) make the listing again.

Here the plugin's own `on_env` handler runs, unchanged, in a child forked from the build (its copy of every page,
mapping and listing), and the child sends back what the rest of the build reads of what it changed: each listing
page's content and table of contents (the tags plugin's anchors for each tag). The export it writes (`tags.json`) is
a file, written by the child. What else the handler changes (the listings' trees, Jinja's templates loaded) nothing
reads after it: the tag references a page shows (`on_page_context`) are worked out from the listings' pages and
configurations and the pages' mappings, which the child does not change. This process then holds the content once,
as after the plugin's own handler. Only in a site of APART_MIN tagged pages or more.

As `background.made_in_two`, the child takes none of the locks of the server's threads (it logs nothing and imports
nothing; it renders Material's templates with the build's own environment and writes the export) and ends with
`os._exit`. Should it fail, end without an answer or give none within PATIENCE seconds, the handler runs here, as
before: the same listing, and the plugin's error, if any, raised here. A plain build (`mkdocs build`) runs the plugin
as it is: tests compare a served site with one.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from .preview import TAGS_PLUGIN

IN_CHILD = 0  # os.fork's answer in the child
# Tagged pages from which the listings are made apart. Below, the print view's rendering (200 briefings whatever the
# number of sources: 6.7 MB of HTML, a 37 MB rise) makes a change's peak anyway, and the child costs CPU: at 1,000
# sources (1,000 tagged pages, 5.3 MB of listing) an add's peak was the same within 1.4 MB and its CPU 0.2 s more
# (the serving process's 0.26 s less, the child's 0.44 s). The listing grows with the sources (16 MB at 3,000).
APART_MIN = 2000
PATIENCE = 300.0  # seconds to wait for the child's answer: then it is ended and the listing made here (a stuck child)


def made_apart(config: MkDocsConfig) -> bool:
    """Under a preview: the tags plugin's `on_env` handler of this build (its configuration is loaded again for every
    build) replaced by one that runs it in a forked child when a listing page is made in this build. False when
    there is no such handler (no tags plugin, or it is disabled) or no fork."""
    tags = config.plugins.get(TAGS_PLUGIN)
    handlers = config.plugins.events.get("env", [])
    if tags is None or not tags.config.enabled or "fork" not in multiprocessing.get_all_start_methods():
        return False
    for index, handler in enumerate(handlers):
        if getattr(_unwrapped(handler), "__self__", None) is tags:
            handlers[index] = _apart(handler, tags)
            return True
    return False


def _unwrapped(handler: Callable[..., Any]) -> Callable[..., Any]:
    while hasattr(handler, "__wrapped__"):
        handler = handler.__wrapped__
    return handler


def _apart(handler: Callable[..., Any], tags: Any) -> Callable[..., Any]:
    @functools.wraps(handler)  # other code asks which plugin a handler is (preview.py): it stays the tags plugin's
    def in_child(*args: Any, **kwargs: Any) -> Any:
        pages = _listing_pages(tags)
        if not pages or len(getattr(tags.mappings, "data", ())) < APART_MIN:
            # no listing made in this build (a preview's skipped listing page has no content), or a small one
            return handler(*args, **kwargs)
        made = run_in_child(handler, args, kwargs, pages)
        if made is None:  # the child failed: here, as the plugin runs, raising its error if it has one
            return handler(*args, **kwargs)
        for page, (content, toc) in zip(pages, made, strict=True):
            page.content, page.toc = content, toc
        return None

    in_child.mkdocs_priority = getattr(handler, "mkdocs_priority", 0)  # type: ignore[attr-defined]
    return in_child


def _listing_pages(tags: Any) -> list[Page]:
    """The pages holding a listing that this build makes (their content is the converted page, waiting for it)."""
    listings = getattr(tags, "listings", None)
    pages = {id(listing.page): listing.page for listing in listings or () if listing.page.content}
    return list(pages.values())


def run_in_child(
    handler: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], pages: list[Page]
) -> list[tuple[str, Any]] | None:
    """`handler` run in a forked child; what it made of each page's content and table of contents. None when the child
    failed or ended without an answer."""
    receiving, sending = multiprocessing.Pipe(duplex=False)
    try:
        pid = os.fork()
    except OSError:
        receiving.close()
        sending.close()
        return None
    if pid == IN_CHILD:
        status = 1
        try:
            receiving.close()
            handler(*args, **kwargs)
            sending.send_bytes(pickle.dumps([(page.content, page.toc) for page in pages], protocol=pickle.HIGHEST_PROTOCOL))
            status = 0
        finally:
            os._exit(status)
    sending.close()
    message = None
    try:
        if receiving.poll(PATIENCE):
            message = receiving.recv_bytes()
    except (EOFError, OSError):
        message = None
    finally:
        receiving.close()
        if message is None:  # failed, or stuck: ended
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    return None if message is None else pickle.loads(message)
