"""The site model: what the stages made of every source, which the pages and exports are made from; and the
project folders it is made from. Below the pipeline that builds it, above the stages whose results it holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .assess import Assessments, assess_site
from .errors import Problem
from .link import Links
from .model import Briefing, PickledWithoutCache
from .registry import Registry

HELD_HTML_MB = 100  # megabytes of generated pages' HTML held uncompressed in a build; beyond, the rest waits compressed
PRINT_LIMIT = 200  # the print view holds the newest briefings: one page of thousands would not load, let alone print


@dataclass(frozen=True)
class Project:
    """Where a briefing's inputs live, relative to the folder of mkdocs.yml, and the settings of its build
    (settings.py reads them from the MkDocs configuration)."""

    root: Path
    sources_dir: str = "sources"
    registry_dir: str = "registry"
    language: str = "en"  # the site's (theme.language): notes flag sources in other languages
    workers: int | None = None  # extraction processes; None: one per core
    print_limit: int = PRINT_LIMIT
    held_html_mb: int = HELD_HTML_MB  # memory, not output: no key covers it

    @property
    def sources(self) -> Path:
        return self.root / self.sources_dir

    @property
    def actors_file(self) -> Path:
        return self.root / self.registry_dir / "actors.yaml"

    @property
    def outlets_file(self) -> Path:
        return self.root / self.registry_dir / "outlets.yaml"

    @property
    def cache_dir(self) -> Path:
        """Extraction results (see cache.py): beside mkdocs.yml, outside docs/ and site/, ignored by git."""
        return self.root / ".cache" / "briefing"

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


@dataclass
class BuildInfo:
    """How this build came by its site model."""

    reused: bool = False  # the last build's model: sources, registries, settings and code all unchanged


@dataclass(frozen=True)
class Site(PickledWithoutCache):
    briefings: tuple[Briefing, ...]
    registry: Registry
    problems: tuple[Problem, ...] = ()
    stats: dict[str, int] = field(default_factory=dict)
    links: Links = field(default_factory=Links)  # chronology, related briefings, co-occurrence (link.py)
    language: str = "en"  # the site's, from mkdocs.yml: notes flag sources in other languages
    memo_key: str | None = None  # what `remember` stores it under: all its inputs
    print_limit: int = PRINT_LIMIT
    build: BuildInfo = field(default_factory=BuildInfo)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @cached_property
    def by_id(self) -> dict[str, Briefing]:
        """Briefings by id: pages look theirs up once each, so a scan per page would grow with N squared."""
        return {b.id: b for b in self.briefings}

    @cached_property
    def assessments(self) -> Assessments:
        """Briefing id -> reliability (assess.py). Made when first read: only the pages and exports need it,
        so a build makes it in the process that makes them, beside MkDocs (background.py)."""
        return assess_site(self.briefings, self.registry, self.language, self.links)

    def briefing(self, briefing_id: str) -> Briefing:
        return self.by_id[briefing_id]
