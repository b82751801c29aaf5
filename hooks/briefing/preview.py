"""Live preview at scale: under `mkdocs serve --dirty`, MkDocs converts, renders and writes only the pages
whose output changed, and the site stays exactly what a full `mkdocs build` makes of the same inputs.

MkDocs' dirty build skips every page whose file says it is not modified (`File.is_modified`), and leaves
the site folder as it was. On its own that gives a wrong site: a skipped page has no title or meta (so the
navigation and the tags page misname it), the search index holds only the pages made, and the pages of
deleted sources stay. A `Preview` keeps, between the builds of one process, what a skipped page would
have given, and decides what must be made:

- a generated page is modified when its Markdown (compared by digest) or edit link differs from the last build's,
  or when a page it shows differs (the print view holds its briefings' HTML);
- everything is made again (the site folder cleaned) when the navigation (its structure and every title in
  it), mkdocs.yml or the theme's overrides changed, since every page shows them;
- a hand-written page is made again when its file changed (MkDocs' own test), or when what the build puts
  into it changed: the home page's generated section, the tags listing when a tagged page's title or tags
  changed (its output is removed, which MkDocs reads as modified);
- a skipped page gets its last title and meta back, and goes through `on_page_markdown` in its place in
  the order, so plugins that collect there see every page, as in a full build (a generated page with its Markdown
  only when that holds a tags listing: it waits on disk); while no tagged page's title,
  tags or place in the order changed, without its tags: Material's tags plugin then collects only the pages
  made (their tags' links need nothing else, and the listing is not made again), and its export (tags.json)
  is the last build's;
- the search index is the last one with the entries of the pages made replaced, in page order (the last one
  is set aside before the search plugin writes its own, and its runs of skipped pages copied by the system: not
  read into memory (spliced.py); the entries
  of each page made wait on disk, as their JSON, from the moment the search plugin has read the page); when a
  rebuild makes many pages, a worker process reads them for the search plugin (search_worker.py);
- outputs of files that are gone (deleted or renamed sources, pages no longer made) are removed;
- a generated page made again whose Markdown, once its raw HTML blocks are held out (rawhtml.py), is the last build's
  is not converted again (`Conversions`): a registry edit that renames a state remakes 700 pages at 1,000 sources, and
  changes their HTML blocks (tags, actors, notes) while the Markdown around them (headings, lists) stays the same.
"""

from __future__ import annotations

import copy
import hashlib
import inspect
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from material.plugins.tags.structure.mapping import Mapping
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory, meta

from .generated import GeneratedPage
from .search_worker import WORKER_MIN, SearchWorker, WorkerIndex, search_json
from .spliced import Spliced
from .textstore import Stored, TextStore, digest

log = get_plugin_logger("briefing")
TAGS_LISTING = "<!-- material/tags"  # Material's tags plugin renders a listing where a page says this
SEARCH_PLUGIN = "material/search"
TAGS_PLUGIN = "material/tags"
SET_ASIDE = ".last"  # the last search index, set aside beside the new one until the whole index is written
NO_ENTRIES = "[]}"  # the end of the search plugin's index when it holds no entry: its list of entries, last
Kept = Callable[[str], tuple[bytes, Callable[[], str]] | None]  # memo.PageMemo.last_text
NOT_CONVERTED = ""  # what MkDocs converts in place of a page whose conversion is the last build's


class Preview:
    def __init__(self) -> None:
        self.folder: Path | None = None  # where the entries of the pages made wait (on disk): the cache's folder
        self.worker = SearchWorker()  # the search plugin's reading of many pages made, in a second process
        self.conversions = Conversions()  # generated pages' HTML, kept for the next build
        self.forget()
        # MkDocs warns on every dirty build that its navigation may be wrong: here it is not.
        logging.getLogger("mkdocs.commands.build").addFilter(_NotDirtyWarning())

    def forget(self) -> None:
        """As a new process: the next build makes every page."""
        self.signature: str | None = None
        # src_uri -> a generated page's edit link, its Markdown's digest and whether that holds a tags listing
        self.texts: dict[str, tuple[str | None, bytes, bool]] = {}
        self.seen: dict[str, tuple[str | None, dict[str, Any]]] = {}  # src_uri -> title and meta, as last made
        self.search: dict[str, tuple[int, int]] = {}  # page url -> where its entries are in the last index (bytes)
        self.outputs: set[str] = set()  # every file's output path in the last build
        self.home: str | None = None
        self.tagged: list[tuple[str, str | None]] = []  # the tagged pages as last made, in order: src_uri and title
        self.tags_export = b""  # the tags plugin's export (tags.json) as the last build wrote it
        # src_uri -> a page's tags as its meta gave them, and as the tags plugin made them (its mapping), last build
        self.tag_sets: dict[str, tuple[Any, set[Any]]] = {}
        self.tags_kept = False  # this build: no tagged page changed, the tags plugin collects only the pages made
        self.pending: list[Page] = []  # pages MkDocs has not reached yet in this build, the next one last
        self.waiting: set[str] = set()  # ... their src_uri
        self.made_now: set[str] = set()  # src_uri of the pages made in this build
        self.files: Files | None = None
        self.nav: Navigation | None = None  # ... and its navigation (both let go once written)
        self.index: Any = None  # this build's search plugin's index, which finish writes whole
        self.spool = TextStore()  # ... and the entries of the pages made, as JSON, until then
        self.read_back = TextStore()  # the Markdown of this build's pages read here before MkDocs reads it
        self.spooled: dict[str, Stored] = {}  # page url -> its entries in the spool
        self.next_texts: dict[str, tuple[str | None, bytes, bool]] = {}
        self.shows: set[str] = set()  # pages that show other pages' HTML, which they get only once rendered
        self.early = False  # this build's pages go to the search worker as soon as they are converted
        self.worker.forget()
        self.conversions.forget()

    def plan_pages(
        self, files: Files, shows: dict[str, set[str]], unheld: set[str], kept: Kept, ahead: Callable[[list[str]], None]
    ) -> None:
        """In on_files: which generated pages changed. `shows`: pages that show other pages' HTML (the print
        view); `unheld`: pages whose HTML this process must hold for them but does not (they are made); `kept`: a
        page's last Markdown when what it is made from is unchanged (memo.py), its digest and what reads it; `ahead`
        makes the Markdown of the pages it is not, before their files are read (memo.PageMemo.made_ahead)."""
        self.next_texts, self.shows, self.read_back = {}, set(shows), TextStore(self.folder)
        lasts = {file.src_uri: kept(file.src_uri) for file in files if isinstance(file, GeneratedPage)}
        ahead([src_uri for src_uri, last in lasts.items() if last is None])
        for file in files:
            if isinstance(file, GeneratedPage):
                last = lasts[file.src_uri]
                if last is not None:  # its Markdown is not read unless a plugin asks for it
                    text, file.make = last
                    before = self.texts.get(file.src_uri)
                    listing = before[2] if before is not None and before[1] == text else TAGS_LISTING in file.content_string
                else:
                    content = file.content_string
                    data = content.encode()
                    text, listing = digest(data), TAGS_LISTING in content
                    # Read back from disk when MkDocs converts the page, not held from now until then: in a first build
                    # that would be every page's Markdown at once (1.2 GB at 10,000 sources), where a build holds one.
                    file.text, file.make = "", partial(self.read_back.read, self.read_back.put_bytes(data))
                made = (file.edit_uri, text, listing)
                self.next_texts[file.src_uri] = made
                file.modified = self.texts.get(file.src_uri) != made or file.src_uri in unheld
        for src_uri, shown in shows.items():
            file = files.get_file_from_path(src_uri)
            if isinstance(file, GeneratedPage):
                file.modified = file.modified or any(_modified(files, path) for path in shown)

    def plan_site(self, nav: Navigation, files: Files, config: MkDocsConfig, home: str) -> None:
        """In on_nav, once every page exists: make everything again, or restore what skipped pages would give."""
        self.files, self.nav, self.made_now, self.tags_kept = files, nav, set(), False
        self.early, self.worker.early, self.worker.sent_early = False, {}, 0
        pages = [file.page for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve) if file.page]
        signature = _signature(nav, config)
        search = config.plugins.get(SEARCH_PLUGIN)
        if signature != self.signature or (search is not None and not _set_aside(_search_index(config))):
            clean_directory(config.site_dir)  # MkDocs then makes (and copies) every file, as a full build
            for page in pages:
                if isinstance(page.file, GeneratedPage):
                    page.file.modified = True
        else:
            self.tags_kept = self._remove_stale_listings(files, pages, home, _tags_key(config))
        self.signature, self.home = signature, home
        self.conversions.store.folder = self.folder
        self.conversions.plan(config, files, signature)
        if search is not None:
            search.search_index_prev = None  # its own merge would append the pages made at the end: finish merges
        self.index, self.spool, self.spooled = getattr(search, "search_index", None), TextStore(self.folder), {}
        if self.index is not None and search.config.enabled and sum(p.file.is_modified() for p in pages) >= WORKER_MIN:
            self.index = search.search_index = WorkerIndex(self.index.config, self.worker)  # for this build
            self.early = _reads_pages_as_converted(config)
        for page in pages:
            if not page.file.is_modified():
                seen = self.seen.get(page.file.src_uri)
                if seen is None:  # never made by this process: make it now
                    _force(page)
                    continue
                page.title, page.meta = seen[0], dict(seen[1])
        self.pending = pages[::-1]
        self.waiting = {page.file.src_uri for page in pages}

    def _remove_stale_listings(self, files: Files, pages: list[Page], home: str, key: str | None) -> bool:
        """The output of the pages that list others (tags, home) when what they list changed: they are made again.
        Whether the tags plugin (reading page meta `key`) has tags to show unchanged."""
        # first: it asks which pages are modified, before any is made so here
        tags_changed = key is None or self._tags_changed(pages, key)
        if tags_changed:
            for page in pages:
                if not isinstance(page.file, GeneratedPage) and TAGS_LISTING in page.file.content_string:
                    _remove_output(files, page.file.src_uri)
        if home != self.home:
            _remove_output(files, "index.md")
        return not tags_changed

    def _tags_changed(self, pages: list[Page], key: str) -> bool:
        """Whether what the tags listing and the tags plugin's export show differs from the last build's: the tagged
        pages, in order, with their titles and tags."""
        tagged = []
        for page in pages:
            seen = self.seen.get(page.file.src_uri, (None, {}))
            if not page.file.is_modified():
                title, tags = seen[0], seen[1].get(key)
            elif not isinstance(page.file, GeneratedPage):
                return True  # a hand-written page changed: its tags may have
            else:
                found = meta.get_data(page.file.content_string)[1]
                title, tags = found.get("title"), found.get(key)
                if tags != seen[1].get(key):
                    return True
            if tags:
                tagged.append((page.file.src_uri, title))
        return tagged != self.tagged

    def reached(self, page: Page | None, config: MkDocsConfig, files: Files) -> None:
        """MkDocs reads `page` next (None: it has read them all): the skipped pages before it go through
        on_page_markdown in their place, with their restored meta, so plugins see every page in order."""
        if page is not None and page.file.src_uri not in self.waiting:
            return
        while self.pending:
            waiting = self.pending.pop()
            self.waiting.discard(waiting.file.src_uri)
            if waiting is page:
                self.made_now.add(page.file.src_uri)
                return
            self._replay(waiting, config, files)

    def _replay(self, page: Page, config: MkDocsConfig, files: Files) -> None:
        """on_page_markdown for a skipped page. A page that holds the tags listing registers it (the other pages'
        tags link to it) and gets empty content for the plugin to fill: it is not written, so none is lost.
        While the tags are kept, the page goes without them: reading a thousand pages' tags is a tenth of a rebuild.
        A generated page's Markdown (kept on disk, memo.py) is read back only when it holds a tags listing, the one
        thing read from a skipped page's Markdown here: reading every one back cost an edit 0.1 s at 1,000 sources."""
        if isinstance(page.file, GeneratedPage):
            listing = self.next_texts.get(page.file.src_uri, (None, b"", True))[2]
            markdown = page.file.content_string if listing else ""
        else:
            markdown = meta.get_data(page.file.content_string)[0]
        if TAGS_LISTING in markdown:
            page.content = ""
        shown, key = page.meta, _tags_key(config)
        kept = self.tag_sets.get(page.file.src_uri) if key is not None else None
        mapped = kept is not None and kept[0] == shown.get(key)
        if (self.tags_kept or mapped) and key is not None:
            page.meta = {name: value for name, value in shown.items() if name != key}
        config.plugins.on_page_markdown(markdown, page=page, config=config, files=files)
        page.meta = shown
        if mapped and not self.tags_kept and kept is not None:
            # the tags plugin's mapping of the page, as its on_page_markdown (just run, last of the handlers) would
            # have made it from the same tags: made again, a tenth of a rebuild that adds or deletes a source
            config.plugins.get(TAGS_PLUGIN).mappings.data[page.url] = Mapping(page, tags=kept[1])

    def made(self, page: Page, html: str) -> None:
        """In on_page_content, `html` the page's content as the hooks leave it: what a skipped page will need next time;
        and, in a build whose search worker indexes the pages made, a generated page sent to it at once, while MkDocs
        converts the pages after it (else the worker waits for the search plugin to read it, once every page is
        converted, and MkDocs waits for the worker at the end). Not a page that shows other pages' HTML (filled only
        when rendered) nor one holding a tags listing (the tags plugin fills it later): the search plugin's own reading
        sends any page again whose HTML, title, table of contents or meta differ from what was sent (`sent_as`)."""
        self.seen[page.file.src_uri] = (page.title, dict(page.meta))
        src_uri = page.file.src_uri
        if (
            self.early
            and isinstance(page.file, GeneratedPage)
            and src_uri not in self.shows
            and not self.next_texts.get(src_uri, (None, b"", True))[2]
        ):
            self.worker.submit_early(page, self.index.config, html)
            self._spool(self.worker.collected())

    def written(self, page: Page) -> None:
        """In on_post_page, once the search plugin has read the page: its entries, as the index's JSON, on disk until
        finish writes the index, instead of every page's entries in memory until the end of the build and then the
        whole index as one string (at 10,000 sources the index is 167 MB of JSON); so do those of the pages the search
        worker indexed, once they are in."""
        self._spool(self.worker.collected())
        if self.index is not None and self.index.entries:
            self.spooled[page.url] = self.spool.put(search_json(self.index.entries))
            self.index.entries = []

    def finish(self, config: MkDocsConfig) -> None:
        """In on_post_build, after the search plugin wrote its index: the whole index, and no stale files."""
        files = self.files
        if files is None:
            return
        pages = [file.page for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve) if file.page]
        search = config.plugins.get(SEARCH_PLUGIN)
        if search is not None:
            self._write_search_index(search, pages, config)
        self._keep_tags_export(config)
        self._keep_tag_sets(config)
        key = _tags_key(config)
        self.tagged = [(page.file.src_uri, page.title) for page in pages if key is not None and page.meta.get(key)]
        early = f", {self.worker.sent_early} indexed for search as soon as converted" if self.early else ""
        log.info(
            "preview: made %d of %d pages, %d of them from their last conversion%s; the others are unchanged",
            *(len(self.made_now), len(pages), self.conversions.reused_count, early),
        )
        present = {page.file.src_uri for page in pages}
        self.seen = {src: seen for src, seen in self.seen.items() if src in present}
        self.conversions.finish(present)
        outputs = {file.abs_dest_path for file in files}
        for stale in self.outputs - outputs:
            _remove(Path(stale), Path(config.site_dir))
        _unlink_pages(files, self.nav)
        self.outputs, self.texts, self.files, self.nav = outputs, self.next_texts, None, None
        self.read_back = TextStore()

    def _write_search_index(self, search: Any, pages: list[Page], config: MkDocsConfig) -> None:
        """The plugin has written its index, of no page (written: this runs after it): the whole index, as the
        plugin writes it, replaces it. A made page's entries are its spooled JSON (`written`), a skipped page's are
        copied from the last index (set aside in plan_site), so only the pages made are serialised, once, and no
        page's entries are held between builds (the index is 19 MB at 1,000 sources)."""
        self._spool(self.worker.collected(0))
        made: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entry in search.search_index.entries:  # none unless a page was indexed without being written
            made[entry["location"].partition("#")[0]].append(entry)
        for url, entries in made.items():
            self.spooled[url] = self.spool.put(search_json(entries))
        search.search_index.entries = []
        empty = search.search_index.generate_search_index(None)  # its configuration, and no entry
        if not empty.endswith(NO_ENTRIES):
            raise PluginError(f"the search plugin's index no longer ends in {NO_ENTRIES}: update preview.py")
        index = _search_index(config)
        aside, last, self.search = index.with_name(index.name + SET_ASIDE), self.search, {}
        with index.open("wb") as out, _opened(aside) as old:
            out.write(f"{empty.removesuffix(NO_ENTRIES)}[".encode())
            spliced = Spliced(out, old, b",")  # a skipped page's entries copied from the last index by the system
            for page in pages:
                if page.file.src_uri in self.made_now:
                    spooled = self.spooled.get(page.url)
                    text = self.spool.read_bytes(spooled) if spooled is not None else b""
                    if text:
                        self.search[page.url] = (spliced.add(text), len(text))
                elif (where := last.get(page.url)) is not None and (start := spliced.keep(*where)) is not None:
                    self.search[page.url] = (start, where[1])
            spliced.close()
            out.write(b"]}")
        aside.unlink(missing_ok=True)
        self.index, self.spool, self.spooled = None, TextStore(), {}

    def _spool(self, indexed: Iterator[tuple[str, str]]) -> None:
        """The entries the search worker made (a page with none, such as one excluded from search, is left out)."""
        for url, text in indexed:
            if text:
                self.spooled[url] = self.spool.put(text)

    def _keep_tag_sets(self, config: MkDocsConfig) -> None:
        """Each page's tags as the tags plugin made them in this build, for the skipped pages of the next one."""
        key, self.tag_sets = _tags_key(config), {}
        if key is None:
            return
        for mapping in config.plugins.get(TAGS_PLUGIN).mappings:
            if isinstance(mapping.item, Page):
                self.tag_sets[mapping.item.file.src_uri] = (copy.deepcopy(mapping.item.meta.get(key)), set(mapping.tags))

    def _keep_tags_export(self, config: MkDocsConfig) -> None:
        """The tags plugin's export as it was last written whole; written back when the plugin saw only the pages
        made (its listing and export are then unchanged)."""
        tags = config.plugins.get(TAGS_PLUGIN)
        if _tags_key(config) is None or not tags.config.export:
            return
        path = Path(config.site_dir, tags.config.export_file)
        if self.tags_kept:
            path.write_bytes(self.tags_export)
        else:
            self.tags_export = path.read_bytes()


def _reads_pages_as_converted(config: MkDocsConfig) -> bool:
    """Whether the search plugin reads a generated page as the hooks leave it in on_page_content: no other plugin
    handles the events between (on_env, on_page_context) but the search and tags plugins (which changes only pages
    holding a listing) and the hooks' own handler of each (engine.py: it changes only the pages that show others)."""
    known = {id(config.plugins.get(name)) for name in (SEARCH_PLUGIN, TAGS_PLUGIN)} - {id(None)}
    for event in ("env", "page_context"):
        handlers = config.plugins.events.get(event, [])
        if sum(id(getattr(inspect.unwrap(h), "__self__", None)) not in known for h in handlers) > 1:
            return False
    return True


def _tags_key(config: MkDocsConfig) -> str | None:
    """The meta key Material's tags plugin reads a page's tags from; None without the plugin."""
    tags = config.plugins.get(TAGS_PLUGIN)
    return tags.config.tags_name_property if tags is not None and tags.config.enabled else None


def _search_index(config: MkDocsConfig) -> Path:
    return Path(config.site_dir, "search", "search_index.json")  # where the search plugin writes it


def _set_aside(index: Path) -> bool:
    """The last index moved beside it (the search plugin is about to write its own there); False when it is gone."""
    if not index.is_file():
        return False
    index.replace(index.with_name(index.name + SET_ASIDE))
    return True


@contextmanager
def _opened(path: Path) -> Iterator[int | None]:
    """The last index, open for reading (its descriptor); None when there is no last index."""
    if not path.is_file() or not path.stat().st_size:
        yield None
        return
    with path.open("rb") as file:
        yield file.fileno()


def _signature(nav: Navigation, config: MkDocsConfig) -> str:
    """What every page shows: the navigation with its titles, the configuration, the theme's overrides."""
    digest = hashlib.sha256(Path(config.config_file_path).read_bytes())
    custom = config.theme.custom_dir
    if custom and os.path.isdir(custom):
        for path in sorted(Path(custom).rglob("*")):
            digest.update(f"{path}\0{path.stat().st_mtime_ns}\n".encode())
    _nav_digest(nav.items, digest)
    return digest.hexdigest()


def _nav_digest(items: list[Any], digest: Any) -> None:
    for item in items:
        if isinstance(item, Section):
            digest.update(f"section\0{item.title}\n".encode())
            _nav_digest(item.children, digest)
            digest.update(b"end\n")
        elif isinstance(item, Link):
            digest.update(f"link\0{item.title}\0{item.url}\n".encode())
        elif isinstance(item, Page):
            digest.update(f"page\0{item.url}\0{_title(item)}\n".encode())


def _title(page: Page) -> str:
    """The title a page will have in the navigation, without reading it through MkDocs."""
    if page.title is not None:  # given in mkdocs.yml
        return page.title
    if isinstance(page.file, GeneratedPage):
        found = meta.get_data(page.file.content_string)[1].get("title")
        return str(found) if found is not None else page.file.content_string
    return f"{os.stat(page.file.abs_src_path or '').st_mtime_ns}" if page.file.abs_src_path else page.file.src_uri


def _modified(files: Files, src_uri: str) -> bool:
    file = files.get_file_from_path(src_uri)
    return file is None or file.is_modified()


def _unlink_pages(files: Files, nav: Navigation | None) -> None:
    """The build is written: its pages are let go by reference counting. Each page and its file point at each other,
    and each item of the navigation at its section, which points back: cycles that wait for a full collection, which
    at 10,000 sources rarely comes before the next build freezes them with its model (engine.py), so that every edit
    left about 25 MB more held. A page's links to other files go too: the theme's environment of the build (a cycle)
    still holds the last page rendered and the navigation."""
    for file in files:
        page, file.page = file.page, None
        if page is not None:
            page.links_to_anchors = None
    items = list(nav.items) if nav is not None else []
    while items:
        item = items.pop()
        item.parent = None
        if isinstance(item, Section):
            items += item.children
        elif isinstance(item, Page):
            item.previous_page = item.next_page = None


def _force(page: Page) -> None:
    if isinstance(page.file, GeneratedPage):
        page.file.modified = True
    else:
        Path(page.file.abs_dest_path).unlink(missing_ok=True)


def _remove_output(files: Files, src_uri: str) -> None:
    file = files.get_file_from_path(src_uri)
    if file is not None:
        Path(file.abs_dest_path).unlink(missing_ok=True)


def _remove(path: Path, site_dir: Path) -> None:
    """A stale output, and the folders it leaves empty."""
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != site_dir and site_dir in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


@dataclass(frozen=True)
class Converted:
    """A generated page's conversion to HTML (its raw HTML blocks held out), and what MkDocs' conversion set besides:
    the table of contents, the ids it found and the links to other pages' anchors (by the target's src_uri)."""

    key: bytes
    html: Stored
    toc: Any
    anchors: frozenset[str]
    links: dict[str, dict[str, str]] | None


class Conversions:
    """Python-Markdown's conversion of a generated page, kept between the builds of one process and given back when
    the page is made again from the same Markdown: MkDocs then converts an empty page in its place. The conversion
    reads the Markdown the last `on_page_markdown` handler returns, the configuration (mkdocs.yml: extensions,
    validation), the page's place and every file's (relative links); the key covers all of them. Only while this
    package's hooks are the only handlers of `on_page_markdown` and `on_page_content` besides Material's tags plugin
    (which leaves a page without a tags listing as it is), so that no plugin reads or changes the Markdown after
    the hooks or the HTML before them; and only for a page whose title is in its meta (not taken from its HTML)."""

    def __init__(self) -> None:
        self.last: dict[str, Converted] = {}  # src_uri -> its last conversion
        self.store = TextStore()  # ... whose HTML waits on disk
        self.keys: dict[str, bytes] = {}  # this build's pages converted, by src_uri: their key
        self.reused: dict[str, Converted] = {}  # ... and those whose conversion is the last one
        self.context = b""  # what every page's conversion reads besides its Markdown, this build
        self.enabled = False
        self.reused_count = 0  # pages given their last conversion in this build

    def plan(self, config: MkDocsConfig, files: Files, signature: str) -> None:
        """In on_nav: whether conversions may be kept in this build, and what they read of the whole site."""
        tags = config.plugins.get(TAGS_PLUGIN)
        events = config.plugins.events
        others = [
            handler
            for name in ("page_markdown", "page_content")
            for handler in events.get(name, [])
            if tags is None or getattr(inspect.unwrap(handler), "__self__", None) is not tags
        ]
        self.enabled = len(others) == 2  # the hooks' own two (briefing_hooks.py)
        found = hashlib.sha256(signature.encode())
        for file in files:
            found.update(f"{file.src_uri}\0{file.url}\0".encode())
        self.context, self.keys, self.reused, self.reused_count = found.digest(), {}, {}, 0

    def reuse(self, page: Page, markdown: str, files: Files) -> bool:
        """In on_page_markdown, for a generated page made in this build with `markdown` (what MkDocs would convert):
        whether its last conversion stands (then MkDocs converts NOT_CONVERTED)."""
        src_uri = page.file.src_uri
        key = digest(b"\0".join([self.context, src_uri.encode(), page.url.encode(), markdown.encode()]))
        self.keys[src_uri] = key
        last = self.last.get(src_uri)
        if (
            not self.enabled
            or last is None
            or last.key != key
            or "title" not in page.meta
            or TAGS_LISTING in markdown
            or any(files.get_file_from_path(target) is None for target in last.links or ())
        ):
            return False
        self.reused[src_uri] = last
        self.reused_count += 1
        return True

    def content(self, page: Page, html: str, files: Files) -> str:
        """In on_page_content: a reused page's HTML (and what its conversion set); a converted one's kept."""
        src_uri = page.file.src_uri
        last = self.reused.pop(src_uri, None)
        if last is not None:
            page.toc, page.present_anchor_ids = last.toc, set(last.anchors)
            if page.links_to_anchors is not None and last.links is not None:  # MkDocs sets them unless logging debug
                page.links_to_anchors = {files.get_file_from_path(to): dict(links) for to, links in last.links.items()}
            return self.store.read(last.html)
        key = self.keys.pop(src_uri, None)
        if key is not None:
            linked = page.links_to_anchors
            links = None if linked is None else {to.src_uri: dict(anchors) for to, anchors in linked.items()}
            anchors = frozenset(page.present_anchor_ids or ())
            self.last[src_uri] = Converted(key, self.store.put(html), page.toc, anchors, links)
        return html

    def finish(self, present: set[str]) -> None:
        """The build is written: the conversions of pages gone are let go."""
        self.last = {src_uri: kept for src_uri, kept in self.last.items() if src_uri in present}
        stored = self.store.compact({src_uri: kept.html for src_uri, kept in self.last.items()})
        self.last = {src_uri: replace(kept, html=stored[src_uri]) for src_uri, kept in self.last.items()}
        self.keys, self.reused = {}, {}

    def forget(self) -> None:
        self.last, self.keys, self.reused, self.store = {}, {}, {}, TextStore(self.store.folder)


class _NotDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")
