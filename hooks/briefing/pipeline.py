"""Run the stages in order: load -> extract -> (link, assess) -> a `Site` the renderer reads."""

from __future__ import annotations

import difflib
import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .assess import Assessment, assess_site, site_language
from .errors import Problem, SourceError
from .extract import assign_ids, extract
from .link import Links, link
from .load import check_inside, load_source, source_files
from .model import Briefing
from .registry import Registry, load_actors, load_outlets
from .validate import cross_source_problems

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
    assessments: dict[str, Assessment] = field(default_factory=dict)  # briefing id -> reliability (assess.py)

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
    hints = {a: _did_you_mean(a, registry.actors) for a in unknown}
    return [Problem(briefing.source.path, f"actor '{a}' is not in registry/actors.yaml{hints[a]}", line) for a in unknown]


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f"; did you mean '{close[0]}'?" if close else ": add it to the registry or use an id from there"


def build_site(project: Project, progress: Callable[[list[Path]], Iterable[Path]] | None = None) -> Site:
    """Every source becomes a briefing, or a problem naming its file; nothing is dropped."""
    registry, problems = load_registry(project)
    briefings: list[Briefing] = []
    files = list(source_files(project.sources))
    for path in progress(files) if progress else files:  # the CLI shows a progress bar; the build stays quiet
        try:
            check_inside(path, project.sources, project.root)
            briefing = extract(load_source(path, project.root), registry)
        except SourceError as exc:
            problems.append(exc.problem)
            continue
        problems += frontmatter_problems(briefing, registry)
        briefings.append(briefing)
    problems += cross_source_problems(briefings)  # before assign_ids numbers duplicate slugs apart
    briefings = assign_ids(briefings)
    stats = {"files": len(files), "pages": len(briefings), "errors": sum(p.severity == "error" for p in problems)}
    links = link(briefings, registry)
    assessments = assess_site(tuple(briefings), registry, site_language(project.root / "mkdocs.yml"), links)
    ordered = tuple(sorted(briefings, key=_newest_first))
    return Site(ordered, registry, tuple(problems), stats, links=links, assessments=assessments)


def _newest_first(b: Briefing) -> tuple[str, str]:
    return (_invert(b.published.date or b.published.estimate or ""), b.id)


def _invert(date: str) -> str:
    """Sort key that puts later dates first and undated sources last."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date) if date else "~"
