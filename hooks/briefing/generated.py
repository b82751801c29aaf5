"""Generated pages as MkDocs files: Markdown made when MkDocs first reads it, and a say in dirty builds.

`File.generated` keeps a page's content in memory from the start. A `GeneratedPage` takes it from
its maker when MkDocs first reads it, so making the pages overlaps with MkDocs converting the ones
before (background.py), and says through `is_modified` (the method MkDocs' dirty builds ask)
whether its output must be made again (preview.py). Only public members of `File` are overridden.
"""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel


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
