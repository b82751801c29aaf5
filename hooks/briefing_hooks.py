"""MkDocs hooks: a thin adapter from MkDocs events to the `briefing` package.

MkDocs imports this file once per process with `hooks/` on sys.path, so the package is
imported here at the top; `mkdocs serve` keeps module state between rebuilds, so each
build starts from `on_config`.
"""

from __future__ import annotations

import gc
import logging
import zlib
from pathlib import Path

from briefing import background, cache, publish, reader, render
from briefing.pipeline import build_site
from briefing.settings import project as configured_project
from briefing.site import Site
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

log = logging.getLogger("mkdocs.plugins.briefing")
_site: Site | None = None  # this build's model, until on_nav; then only the page makers (in the child, if forked) hold it
_pages: background.PageMaker | None = None
_home = ""  # the home page's generated section
_print_contents: dict[str, str] = {}  # briefing id -> its rendered page content, for the print view
_printed: dict[str, str] = {}  # id -> page path of the briefings the print view holds (its print_limit)
_generated: set[str] = set()  # src_uri of every page render.pages made in this build
_parked: dict[str, bytes] = {}  # src_uri -> compressed HTML of a generated page, between conversion and writing
_held = 0  # characters of generated pages' HTML held uncompressed so far in this build
HOLD_LIMIT = 100_000_000  # ... beyond this (sites of thousands of pages) the rest is parked compressed


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site, _pages, _home
    _site, _pages, _home = None, None, ""
    project = configured_project(config)  # an invalid setting stops here, with the key named
    for path in map(str, (project.sources, project.actors_file.parent, project.root / "hooks")):
        if path not in config.watch:
            config.watch.append(path)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _site, _pages, _held
    project = configured_project(config)
    gc.disable()  # the model is a million small objects, none of them garbage yet: collecting now is wasted work
    try:
        _site = build_site(project)
    finally:
        # It lives, unchanged, until the build ends: frozen, the collector stops rescanning it on every
        # page MkDocs renders (a few % at 1,000 sources, more with more).
        gc.freeze()
        gc.enable()
    for problem in _site.problems:
        (log.error if problem.severity == "error" else log.warning)(str(problem))
    config.nav = render.expand_nav(config.nav, _site)
    in_nav = render.nav_paths(config.nav)
    settings = publish.Settings(Path(config.site_dir), config.site_url or "", config.site_name, config.site_description or "")
    _pages, replayed = publish.page_maker(project, _site, settings)
    _generated.clear()
    _parked.clear()
    _held = 0
    for path in _pages.paths:
        _generated.add(path)
        # Pages reached through listings, not the navigation, say so: MkDocs otherwise lists every one of them.
        inclusion = InclusionLevel.NOT_IN_NAV if in_nav is not None and path not in in_nav else InclusionLevel.UNDEFINED
        files.append(GeneratedPage.made_by(_pages, config, path, inclusion))
    _add_reader_files(_site, files, config)
    stats = _site.stats
    log.info(
        f"briefing: {stats['files']} source files -> {stats['pages']} briefing pages, {stats['errors']} errors; "
        f"extracted {stats['extracted']} ({stats['extract_ms']} ms), {stats['cache_hits']} from the cache"
        + ("; the site model is unchanged" if _site.build.reused else "")
        + ("; its pages and exports are the last build's" if replayed else "")
    )
    return files


class GeneratedPage(File):
    """A generated page whose Markdown `_pages` makes (in another process when it can): taken when MkDocs
    first reads it, so making the pages overlaps with MkDocs converting the ones before."""

    maker: background.PageMaker | None = None
    _made: str | bytes | None = None

    @classmethod
    def made_by(cls, maker: background.PageMaker, config: MkDocsConfig, path: str, inclusion: InclusionLevel) -> File:
        file = cls.generated(config, path, content="", inclusion=inclusion)
        file.maker = maker
        return file

    # File reads and writes its content through `_content` (content_string, content_bytes and their setters).
    @property
    def _content(self) -> str | bytes | None:
        if self.maker is not None:
            self._made, self.maker = self.maker.take(self.src_uri), None
        return self._made

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self.maker, self._made = None, value


def _add_reader_files(site: Site, files: Files, config: MkDocsConfig) -> None:
    """The print view, and "edit this page" on a briefing pointing at its file in sources/."""
    _print_contents.clear()
    _printed.clear()
    _printed.update((b.id, b.path) for b in reader.printed(site))
    files.append(File.generated(config, reader.PRINT_PAGE, content=reader.print_page(site)))
    root = Path(config.config_file_path).parent
    for b in site.briefings:
        file = files.get_file_from_path(f"briefings/{b.id}.md")
        if file is not None:  # MkDocs joins repo_url + edit_uri (relative to docs/) + this
            file.edit_uri = reader.edit_uri(b.source.path, root, Path(config.docs_dir))


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """The home page's entry points are the navigation's top-level items, so new sections appear there too."""
    global _site, _home
    entry_points = []
    for item in nav.items:
        page = item
        while isinstance(page, Section) and page.children:
            page = page.children[0]
        if isinstance(page, Page) and page.file.src_uri != "index.md":
            entry_points.append(reader.entry_point(str(item.title), page.url))
    if _site is not None:
        _home = reader.home_section(_site, entry_points)
        # The rest of the build needs only what is kept above and what the page makers hold: here, the model
        # (a third of the memory at 10,000 sources) goes unless they hold it, and MkDocs reuses its memory.
        _site = None
        if _pages is not None and _pages.child is not None:
            cache.forget()  # the child has its own copy of the entries
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri in _generated:
        # MkDocs has read the page into page.markdown and never reads it again: one copy, not two
        # (about a tenth of the build's memory, 0.5 GB at 10,000 sources).
        page.file.content_string = ""
    if page.file.src_uri == "index.md" and _home:
        return markdown.replace(reader.HOME_MARKER, _home)
    return markdown


@event_priority(-100)  # last: every plugin has seen the HTML
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    global _held
    # MkDocs keeps every page's Markdown and HTML until the build ends; nothing reads the Markdown once it
    # is HTML, nor the HTML once the page is written (on_post_page): let both go (-26% RSS at 1,000 sources).
    page.markdown = ""
    briefing_id = page.file.src_uri.removeprefix("briefings/").removesuffix(".md")
    if briefing_id in _printed:  # only these: all of them would hold the whole site in memory
        _print_contents[briefing_id] = html
    if page.file.src_uri in _generated:
        if _held > HOLD_LIMIT:
            # Every page is converted before the first is written: in a large site a generated page's HTML
            # waits compressed until then (a fifth of its size; a third of the memory at 10,000 sources).
            _parked[page.file.src_uri] = zlib.compress(html.encode(), 1)
            return ""
        _held += len(html)
    return html


@event_priority(100)  # first: the search plugin reads the page's HTML in this event
def on_page_context(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    """A parked page's HTML back; the print view filled once every briefing's content exists."""
    parked = _parked.pop(page.file.src_uri, None)
    if parked is not None:
        page.content = zlib.decompress(parked).decode()
    if _printed and page.file.src_uri == reader.PRINT_PAGE and page.content:
        page.content = page.content.replace(reader.PRINT_PLACEHOLDER, reader.combine(_printed, _print_contents, page.url))
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    page.content = ""  # see on_page_content; search and tags have read it (on_page_context, on_env)
    return output


def on_post_build(config: MkDocsConfig) -> None:
    gc.unfreeze()  # collectable again: `mkdocs serve` builds a new model on every rebuild
    if _pages is not None:
        _pages.finish()  # the exports are written once this returns
    if _pages is not None and not config.site_url:
        log.warning("briefing: no feed.xml: set site_url in mkdocs.yml, feed items need absolute links")


def on_build_error(error: Exception) -> None:
    gc.unfreeze()  # as on_post_build: a failed rebuild under `mkdocs serve` must not keep the old model
    if _pages is not None:
        _pages.stop()
