"""Generated pages as MkDocs files: Markdown made when MkDocs first reads it, and a say in dirty builds.

`File.generated` keeps a page's content in memory from the start. A `GeneratedPage` takes it from
its maker when MkDocs first reads it, so making the pages overlaps with MkDocs converting the ones
before (background.py), and says through `is_modified` (the method MkDocs' dirty builds ask)
whether its output must be made again (preview.py). Only public members of `File` are overridden.

A generated page that the navigation does not list gets its MkDocs `Page` from the hooks (`UnlistedPage`, set as
`File.page` in on_files, which MkDocs then uses as it is): the same page, whose canonical and edit URLs are worked out
once per process for each URL (`urljoin`), not on every build. `mkdocs serve` makes every page's `Page` again on
each edit: at 10,000 sources the URLs were a tenth of an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from types import SimpleNamespace

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

URLS_KEPT = 1 << 16  # pages whose URLs a process keeps worked out (each a few short strings)


class GeneratedPage(File):
    make: Callable[[], str] | None = None
    text: str = ""
    modified: bool = True  # a normal build makes every page; a dirty one only those that changed

    @classmethod
    def made_by(cls, config: MkDocsConfig, path: str, make: Callable[[], str], inclusion: InclusionLevel) -> GeneratedPage:
        page = cls.generated(config, path, content="", inclusion=inclusion)
        page.make = make
        return page

    @property
    def content_string(self) -> str:
        if self.make is not None:
            self.text, self.make = self.make(), None
        return self.text

    @content_string.setter
    def content_string(self, value: str) -> None:
        self.make, self.text = None, value

    @property
    def content_bytes(self) -> bytes:
        return self.content_string.encode("utf-8")

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self.content_string = value.decode("utf-8")

    def is_modified(self) -> bool:
        return self.modified


class UnlistedPage(Page):
    """MkDocs' `Page`, its canonical and edit URLs taken from what MkDocs' own methods gave for the same URLs before
    (they read nothing else). An edit URL that MkDocs may warn about (no `repo_url`) is worked out every time, so that
    each page still warns."""

    def _set_canonical_url(self, base: str | None) -> None:
        self.canonical_url, self.abs_url = _canonical_url(base, self.url)

    def _set_edit_url(self, repo_url: str | None, edit_uri: str | None = None, edit_uri_template: str | None = None) -> None:
        if not repo_url:
            super()._set_edit_url(repo_url, edit_uri, edit_uri_template)
            return
        self.edit_url = _edit_url(repo_url, edit_uri, edit_uri_template, self.file.edit_uri)


@lru_cache(maxsize=URLS_KEPT)
def _canonical_url(base: str | None, url: str) -> tuple[str | None, str | None]:
    found = SimpleNamespace(url=url)
    Page._set_canonical_url(found, base)  # type: ignore[arg-type]  # MkDocs' own, on what it reads
    return found.canonical_url, found.abs_url


@lru_cache(maxsize=URLS_KEPT)
def _edit_url(repo_url: str, edit_uri: str | None, edit_uri_template: str | None, src_uri: str | None) -> str | None:
    found = SimpleNamespace(file=SimpleNamespace(edit_uri=src_uri))
    Page._set_edit_url(found, repo_url, edit_uri, edit_uri_template)  # type: ignore[arg-type]
    return found.edit_url


def give_pages(files: Files, config: MkDocsConfig) -> None:
    """A `UnlistedPage` for each generated page the navigation does not list (in on_files, once every file is there):
    MkDocs makes a page for a file without one, and takes the page a file has as it is. A page the navigation lists
    is left to MkDocs, which gives it the navigation's title."""
    for file in files:
        if isinstance(file, GeneratedPage) and file.page is None and file.inclusion is InclusionLevel.NOT_IN_NAV:
            UnlistedPage(None, file, config)
