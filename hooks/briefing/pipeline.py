"""Run the stages in order: load -> extract -> (link, assess) -> a `Site` the renderer reads."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem, SourceError
from .extract import assign_ids, extract
from .link import Links, link
from .load import check_inside, load_source, source_files
from .model import Briefing
from .registry import Registry, load_actors, load_outlets

log = logging.getLogger("mkdocs.plugins.briefing")


@dataclass(frozen=True)
class Project:
    """Where a briefing's inputs live, relative to the folder of mkdocs.yml."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def actors_file(self) -> Path:
        return self.root / "registry" / "actors.yaml"

    @property
    def outlets_file(self) -> Path:
        return self.root / "registry" / "outlets.yaml"

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


@dataclass(frozen=True)
class Site:
    briefings: tuple[Briefing, ...]
    registry: Registry
    problems: tuple[Problem, ...] = ()
    stats: dict[str, int] = field(default_factory=dict)
    links: Links = field(default_factory=Links)  # chronology, related briefings, co-occurrence (link.py)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def briefing(self, briefing_id: str) -> Briefing:
        return next(b for b in self.briefings if b.id == briefing_id)


def load_registry(project: Project) -> tuple[Registry, list[Problem]]:
    problems: list[Problem] = []
    actors, outlets = {}, {}
    for path, loader in ((project.actors_file, load_actors), (project.outlets_file, load_outlets)):
        if not path.exists():
            problems.append(Problem(project.rel(path), "registry file is missing"))
            continue
        try:
            entries, found = loader(path, project.rel(path))
        except SourceError as exc:
            problems.append(exc.problem)
            continue
        problems += found
        if loader is load_actors:
            actors = entries
        else:
            outlets = entries
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in (project.actors_file, project.outlets_file) if p.exists())).hexdigest()
    return Registry(actors, outlets, digest), problems


def frontmatter_problems(briefing: Briefing, registry: Registry) -> list[Problem]:
    """Editor's values that refer to things the registries do not know."""
    unknown = [a for a in briefing.source.frontmatter.get("actors", []) if a not in registry.actors]
    line = briefing.source.field_lines.get("actors")
    return [Problem(briefing.source.path, f"actor '{a}' is not in registry/actors.yaml", line) for a in unknown]


def build_site(project: Project) -> Site:
    """Every source becomes a briefing, or a problem naming its file; nothing is dropped."""
    registry, problems = load_registry(project)
    briefings: list[Briefing] = []
    files = list(source_files(project.sources))
    for path in files:
        try:
            check_inside(path, project.sources, project.root)
            briefing = extract(load_source(path, project.root), registry)
        except SourceError as exc:
            problems.append(exc.problem)
            continue
        problems += frontmatter_problems(briefing, registry)
        briefings.append(briefing)
    briefings = assign_ids(briefings)
    stats = {"files": len(files), "pages": len(briefings), "errors": sum(p.severity == "error" for p in problems)}
    links = link(briefings, registry)
    return Site(tuple(sorted(briefings, key=_newest_first)), registry, tuple(problems), stats, links=links)


def _newest_first(b: Briefing) -> tuple[str, str]:
    return (_invert(b.published.date or b.published.estimate or ""), b.id)


def _invert(date: str) -> str:
    """Sort key that puts later dates first and undated sources last."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date) if date else "~"
