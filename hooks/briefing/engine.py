"""What the hooks do, event by event: the one object that owns a build's state (and, under
`mkdocs serve --dirty`, what it keeps between builds: preview.py).

MkDocs imports the hook file once per process and `mkdocs serve` never reloads it, so this object
lives as long as the process; each build starts again from `on_config`.
"""

from __future__ import annotations

import gc
import logging
import posixpath
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from . import background, cache, listings, publish, rawhtml, reader, render
from .errors import SourceError
from .generated import GeneratedPage, give_pages
from .memo import PageMemo
from .pipeline import build_site
from .preview import NOT_CONVERTED, Preview
from .settings import project as configured_project
from .site import Project, Site
from .textstore import Stored, TextStore

log = get_plugin_logger("briefing")
# Problems are printed as `path:line: severity: message`, like a compiler and as `briefing check` prints them:
# through the same logger, without the plugin prefix.
problem_log = logging.getLogger("mkdocs.plugins.briefing")


class Engine:
    def __init__(self) -> None:
        self.preview: Preview | None = None  # under `mkdocs serve --dirty` only
        self.memo: PageMemo | None = None  # ... and the briefing pages' Markdown it keeps
        self.templates = _CompiledTemplates()
        self.shared_nav = SharedNav()
        self.site: Site | None = None  # this build's model, until on_nav; then only the page makers hold it
        self.pages: background.PageMaker | None = None
        self.home = ""  # the home page's generated section
        self.generated: set[str] = set()  # src_uri of every page render.pages made in this build
        self.printed: dict[str, str] = {}  # id -> page path of the briefings the print view holds
        self.print_contents: dict[str, str] = {}  # briefing id -> its rendered content (kept between previews)
        self.print_sections: dict[str, reader.Rebased] = {}  # ... and its section of the print view (idem)
        self.parked: dict[str, Stored] = {}  # src_uri -> compressed HTML of a generated page, until it is written
        self.parking = TextStore()  # ... where it waits: on disk
        self.searched: dict[str, dict[str, str]] = {}  # src_uri -> raw HTML blocks held out of its conversion
        self.aside = rawhtml.Aside()  # ... and those search skips, until the page is written
        self.held = 0  # characters of generated pages' HTML held uncompressed so far in this build
        self.hold_limit = 0  # ... and how many may be (mkdocs.yml extra.briefing.held_html_mb); beyond, parked compressed
        self.trim = background.GrowthTrim()

    def startup(self, command: str, dirty: bool) -> None:
        if command == "serve" and dirty and self.preview is None:
            self.preview, self.memo = Preview(), PageMemo()
            background.one_heap()  # before the server's threads and the search worker's start

    def config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.site, self.pages, self.home = None, None, ""
        self.shared_nav = SharedNav()  # what it shares is this build's (mkdocs.yml may have changed)
        project = configured_project(config)  # an invalid setting stops here, with the key named
        root = project.root
        # watched by `mkdocs serve`; the editors' key judgments are optional (a watched path must exist)
        optional = [root / reader.KEY_JUDGMENTS] if (root / reader.KEY_JUDGMENTS).is_file() else []
        for path in (project.sources, project.actors_file.parent, root / "hooks", *optional):
            if str(path) not in config.watch:
                config.watch.append(str(path))
        if self.preview is not None:
            listings.made_apart(config)  # Material's tags listings, made in a forked child (the process's peak)
        return config

    def files(self, files: Files, config: MkDocsConfig) -> Files:
        project = configured_project(config)
        if self.preview is not None and self.memo is not None:
            # what it keeps on disk, where the cache is (a memory file system would hold it in memory)
            self.preview.folder = self.memo.texts.folder = project.cache_dir
        # The model is a million small objects, none of them garbage yet: collecting now is wasted work. It lives,
        # unchanged, until the build ends: frozen, the collector stops rescanning it on every page MkDocs renders (a
        # few % at 1,000 sources, more with more).
        with _collector_paused():
            site = self.site = build_site(project, last=self.memo.briefings if self.memo is not None else None)
        # So are a preview's page makers and what its pages are made from: unpaused, two full collections of all
        # that an edit ran here at 10,000 sources (0.3-1.3 s each). Not in a build: its pages' child forks here.
        with _collector_paused(self.preview is not None):
            return self._generated(site, files, config, project)

    def _generated(self, site: Site, files: Files, config: MkDocsConfig, project: Project) -> Files:
        """The site's pages as MkDocs files."""
        for problem in site.problems:
            (problem_log.error if problem.severity == "error" else problem_log.warning)(str(problem))
        config.nav = render.expand_nav(config.nav, site)
        in_nav = render.nav_paths(config.nav)
        settings = publish.Settings(Path(config.site_dir), config.site_url or "", config.site_name, config.site_description or "")
        # the model again (from the cache) should the pages' child fail: this object let it go at on_nav
        self.pages, replayed = publish.page_maker(project, site, settings, partial(build_site, project), self.memo)
        self.generated = set(self.pages.paths)
        self.parked.clear()
        self.parking = TextStore(project.cache_dir)
        self.searched.clear()
        self.aside.clear()
        self.held, self.hold_limit = 0, project.held_html_mb * 1_000_000
        self.trim = background.GrowthTrim()  # from here on, what is freed as pages are converted and written goes back
        for path in self.pages.paths:
            # Pages reached through listings, not the navigation, say so: MkDocs otherwise lists every one of them.
            inclusion = InclusionLevel.NOT_IN_NAV if in_nav is not None and path not in in_nav else InclusionLevel.UNDEFINED
            files.append(GeneratedPage.made_by(config, path, lambda path=path: self.pages.take(path), inclusion))
        self._add_reader_files(site, files, config)
        give_pages(files, config)  # after the edit links are set: a page reads its file's
        if self.preview is not None:
            printed = {f"briefings/{id_}.md" for id_ in self.printed}
            held = {f"briefings/{id_}.md" for id_ in self.print_contents}
            # what every page is made from, compared with the last build's
            self.preview.plan_pages(
                files, {reader.PRINT_PAGE: printed}, printed - held, self.memo.last_text, self.memo.made_ahead
            )
        stats = site.stats
        rematched = stats.get("rematched", 0)
        log.info(
            "%s source files -> %s briefing pages, %s errors; extracted %s (%s ms), %s from the cache%s%s%s",
            *(stats[key] for key in ("files", "pages", "errors", "extracted", "extract_ms", "cache_hits")),
            f"; {rematched} of them extracted again only where they read the registries" if rematched else "",
            "; the site model is unchanged" if site.build.reused else "",
            "; its pages and exports are the last build's" if replayed else "",
        )
        return files

    def _add_reader_files(self, site: Site, files: Files, config: MkDocsConfig) -> None:
        """The print view, and "edit this page" on a briefing pointing at its file in sources/."""
        self.printed = {b.id: b.path for b in reader.printed(site)}
        self.print_contents = {id_: html for id_, html in self.print_contents.items() if id_ in self.printed}
        text = reader.print_page(site)  # now: the model is let go of once the navigation is made
        files.append(GeneratedPage.made_by(config, reader.PRINT_PAGE, lambda: text, InclusionLevel.UNDEFINED))
        root, docs = Path(config.config_file_path).parent, Path(config.docs_dir)
        for b in site.briefings:
            file = files.get_file_from_path(f"briefings/{b.id}.md")
            if file is not None:  # MkDocs joins repo_url + edit_uri (relative to docs/) + this
                file.edit_uri = reader.edit_uri(b.source.path, root, docs)

    def nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        """The home page's generated part: the editors' key judgments, then what the build knows."""
        if self.site is not None:
            try:
                judgments = reader.key_judgments(Path(config.config_file_path).parent)
            except SourceError as error:
                raise PluginError(str(error)) from error
            self.home = reader.home_section(self.site, judgments)
            # The rest of the build needs only what is kept above and what the page makers hold: here, the model
            # (a third of the memory at 10,000 sources) goes unless they hold it, and MkDocs reuses its memory.
            self.site = None
            if self.pages is not None and self.pages.child is not None:
                cache.forget()  # the child has its own copy of the entries
        if self.preview is not None:
            self.preview.plan_site(nav, files, config, self.home)
        return nav

    def page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.preview is not None:
            self.preview.reached(page, config, files)
        if page.file.src_uri in self.generated:
            # MkDocs has read the page into page.markdown and never reads it again: one copy, not two
            # (about a tenth of the build's memory, 0.5 GB at 10,000 sources).
            page.file.content_string = ""
            if page.file.is_modified():  # converted (a preview's skipped pages come here unconverted)
                markdown, held = rawhtml.hold(markdown)
                self.searched[page.file.src_uri] = held.searched
                self.held += self.aside.keep(page.file.src_uri, held.unsearched, self.held > self.hold_limit)
                if self.preview is not None and self.preview.conversions.reuse(page, markdown, files):
                    return NOT_CONVERTED  # its HTML is the last conversion's (page_content)
        if page.file.src_uri == "index.md" and self.home:
            return markdown.replace(reader.HOME_MARKER, self.home)
        return markdown

    def page_content(self, html: str, page: Page) -> str:
        # MkDocs keeps every page's Markdown and HTML until the build ends; nothing reads the Markdown once it
        # is HTML, nor the HTML once the page is written (on_post_page): let both go (-26% RSS at 1,000 sources).
        page.markdown = ""
        if self.preview is not None and self.preview.files is not None:
            html = self.preview.conversions.content(page, html, self.preview.files)
        html = rawhtml.restore(html, self.searched.pop(page.file.src_uri, {}))
        if self.preview is not None:
            self.preview.made(page, html)
        briefing_id = page.file.src_uri.removeprefix("briefings/").removesuffix(".md")
        if briefing_id in self.printed:  # only these: all of them would hold the whole site in memory
            # whole: the blocks search skips are put back into the page itself only once it is written
            self.print_contents[briefing_id] = self.aside.restore(page.file.src_uri, html, keep=True)
        self.trim.check()
        if page.file.src_uri in self.generated:
            if self.held > self.hold_limit:
                # Every page is converted before the first is written: in a large site a generated page's HTML
                # waits until then compressed (a fifth of its size), on disk: in memory it grew with the site.
                return self._park(page.file.src_uri, html)
            self.held += len(html)
        return html

    def _park(self, src_uri: str, html: str) -> str:
        """The page's HTML, compressed, on disk until `page_context`; what the page holds meanwhile."""
        self.parked[src_uri] = self.parking.put_bytes(zlib.compress(html.encode(), 1))
        return ""

    def _park_held(self, files: Files) -> None:
        """In a site too large to hold every generated page's HTML, the pages held so far go to disk too before the
        rendering: the listings of Material's tags plugin (55 MB of HTML at 10,000 sources, held several times over
        while it is joined) and the rendering come on top of them, and made the build's peak (2.14 GB)."""
        for file in files.documentation_pages():
            page = file.page
            if file.src_uri in self.generated and page is not None and page.content:
                page.content = self._park(file.src_uri, page.content)
        self.held = 0

    def env(self, env: Environment, config: MkDocsConfig, files: Files) -> None:
        env.globals["briefing_nav"] = self.shared_nav  # overrides/main.html
        if self.held > self.hold_limit:
            self._park_held(files)
        if self.preview is not None:
            self.preview.reached(None, config, files)
            # Every page is converted: the Markdown read and made for them is let go. Given back now, it is not counted
            # beneath what rendering adds (the tags page, 55 MB of HTML at 10,000 sources, and its copies are each
            # mapped apart by malloc, not taken from that free memory).
            background.give_back_free_memory()
            # MkDocs makes a new theme environment for every build, which compiles the theme's templates again
            # (a fifth of a small rebuild): compiled once per template source in this process instead.
            env.bytecode_cache = self.templates

    def page_context(self, page: Page) -> None:
        """A parked page's HTML back; the print view filled once every briefing's content exists."""
        parked = self.parked.pop(page.file.src_uri, None)
        if parked is not None:
            page.content = zlib.decompress(self.parking.read_bytes(parked)).decode()
        if self.printed and page.file.src_uri == reader.PRINT_PAGE and page.content:
            page.content = page.content.replace(
                reader.PRINT_PLACEHOLDER, reader.combine(self.printed, self.print_contents, page.url, self.print_sections)
            )

    def post_page(self, output: str, page: Page) -> str:
        page.content = ""  # see page_content; search and tags have read it (on_page_context, on_env)
        self.trim.check()
        if self.preview is not None:
            self.preview.written(page)
        return self.aside.restore(page.file.src_uri, output)

    def post_build(self, config: MkDocsConfig, files: Files | None = None) -> None:
        if self.pages is not None:
            with _collector_paused(self.preview is not None):
                self.pages.finish()  # the exports are written once this returns
            if not config.site_url:
                log.warning("no feed.xml: set site_url in mkdocs.yml, feed items need absolute links")
        if self.preview is not None:
            self.preview.finish(config)
        if self.memo is not None:
            self.memo.finish()
        if self.preview is None:
            self.print_contents, self.print_sections = {}, {}  # kept only for the next preview
        self.parking = TextStore()  # every parked page is written: its file goes
        self.shared_nav = SharedNav()  # it held this build's navigation, and through it its pages
        # Collectable again (`mkdocs serve` builds a new model on every rebuild), once the exports and the search
        # index are written: unfrozen before, their many new objects would start collections of the whole model.
        gc.unfreeze()
        if self.preview is not None:
            cache.PREVIEW_HELPER.start()  # where the next edit's sources will be extracted
            # What the build let go goes back to the system: the process lives on, and between edits holds only what
            # the preview keeps (at 1,000 sources 330 MB of RSS instead of 445 MB after the first build).
            background.give_back_free_memory()

    def build_error(self) -> None:
        gc.unfreeze()  # as post_build: a failed rebuild under `mkdocs serve` must not keep the old model
        if self.pages is not None:
            self.pages.stop()
        if self.preview is not None:
            self.preview.forget()  # the next build makes every page again
            self.print_sections = {}
            self.memo = PageMemo()


@contextmanager
def _collector_paused(paused: bool = True) -> Iterator[None]:
    """No garbage collection meanwhile, and what was made frozen after, as the model is (see `files`). In a preview's
    rebuild the page inputs compared and the exports' records are millions of objects at 10,000 sources, all alive
    until the build ends: each time they grew by a quarter the collector walked every unfrozen object again (8 full
    collections in one edit). Garbage made meanwhile is freed as it goes, but for cycles: those wait for post_build.
    Cycles already dead when the pause starts are collected first (the young generations only), or the freeze would
    keep them until a full collection: the pages a rebuild rendered, which Jinja's contexts point back to."""
    if not paused:
        yield
        return
    gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


class _CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates, in memory; Jinja checks each against its template's source."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


class SharedNav:
    """Material renders the whole navigation into every page (0.9 ms of CPU each, at a high load: 0.6 s of a registry edit that
    makes 705 pages at 1,000 sources, bench/MEASUREMENTS.md). For a page outside the navigation no entry is active
    or the page itself, so what differs from one page to another is only where its links are relative to: when every
    link leads out of the page's folder, that is the folder's parent. Such pages that share it share the rendered
    navigation (overrides/main.html asks here first, and leaves the rendering to Material's own template)."""

    def __init__(self) -> None:
        self.nav: Navigation | None = None  # the build's navigation: a new one starts again
        self.in_nav: set[str] = set()  # src_uri of its pages
        self.targets: list[str] = []  # where its links lead, as site paths
        self.rendered: dict[str, str] = {}  # a folder's parent -> the navigation of pages in that folder
        self.partials: dict[str, str] = {}  # a partial that is the same on every page of the build -> its HTML

    def shared(self, page: Page | None, nav: Navigation, config: MkDocsConfig) -> str | None:
        """The navigation rendered for another page that gives the same, if any."""
        if nav is not self.nav:
            self.nav, self.rendered = nav, {}
            self.in_nav = {p.file.src_uri for p in nav.pages}
            self.targets = [*_nav_targets(nav.items), nav.homepage.url if nav.homepage else "", config.theme.get("logo") or ""]
            self.targets += [str(config.extra.get("homepage") or "")]
        key = self._key(page)
        return None if key is None else self.rendered.get(key)

    def keep(self, page: Page | None, html: str) -> str:
        key = self._key(page)
        if key is not None:
            self.rendered[key] = html
        return html

    def partial(self, name: str) -> str | None:
        """A partial of the theme that reads only the configuration (`overrides/partials/search.html`), as rendered
        for the build's first page (about 1 ms a page, 700 pages in a registry edit); None until then."""
        return self.partials.get(name)

    def keep_partial(self, name: str, html: str) -> str:
        self.partials[name] = html
        return html

    def _key(self, page: Page | None) -> str | None:
        """The parent of the folder the page's links are relative to (as `mkdocs.utils.get_relative_url` reads it);
        None when the page is in the navigation or a link leads into its folder, or for a theme's page (404)."""
        if page is None or page.file.src_uri in self.in_nav:
            return None
        head, tail = posixpath.split(page.url)
        folder = (head if "." in tail else page.url).strip("/")
        if not folder or any(t == folder or t.startswith(folder + "/") for t in self.targets):
            return None
        return posixpath.dirname(folder)


def _nav_targets(items: list[object]) -> Iterator[str]:
    for item in items:
        if isinstance(item, Section):
            yield from _nav_targets(item.children)
        elif isinstance(item, (Link, Page)):
            yield str(item.url).strip("/")
