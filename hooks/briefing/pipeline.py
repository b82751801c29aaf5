"""Run the stages in order: load -> extract -> (link, assess) -> a `Site` the renderer reads."""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable, Iterable
from functools import partial
from itertools import zip_longest
from pathlib import Path

from .cache import ExtractionCache
from .errors import Problem, SourceError
from .extract import assign_ids
from .link import link
from .load import check_inside, source_files
from .model import Briefing
from .reading import read_briefing
from .registry import Registry, load_actors, load_outlets
from .site import Project, Site
from .validate import cross_source_problems


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
    files = (project.actors_file, project.outlets_file)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files if p.exists())).hexdigest()
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
    inside: list[tuple[Path, str]] = []
    for path in files:
        try:
            check_inside(path, project.sources, project.root)
            inside.append((path, project.rel(path)))
        except SourceError as exc:
            problems.append(exc.problem)
    cache = ExtractionCache(project.cache_dir, registry.digest, workers=project.workers)
    language = project.language
    # With every input unchanged (sources, registries, settings, code) the last site model is this one.
    memo_key = None if problems else cache.site_key(inside, f"{language}\n{registry.digest}\n{project.print_limit}")
    if memo_key and (site := cache.site(memo_key, Site)) is not None:
        cache.finish()
        # In place: under `mkdocs serve` the model kept in memory keeps what it has made (its assessments).
        site.stats.update({"extracted": 0, "extract_ms": 0, "cache_hits": len(inside), "cache_rejected": 0})
        site.build.reused = True
        return site
    results = cache.briefings(inside, partial(read_briefing, root=project.root, registry=registry))
    # The CLI shows a progress bar: it advances in step with the results, which are made lazily.
    shown = progress([path for path, _ in inside]) if progress else ()
    for _, result in zip_longest(shown, results):
        if isinstance(result, Problem):
            problems.append(result)
            continue
        problems += frontmatter_problems(result, registry)
        briefings.append(result)
    problems += cross_source_problems(briefings)  # before assign_ids numbers duplicate slugs apart
    cache.finish()
    briefings = assign_ids(briefings)
    stats = {"files": len(files), "pages": len(briefings), "errors": sum(p.severity == "error" for p in problems), **cache.stats}
    links = link(briefings, registry)
    ordered = tuple(sorted(briefings, key=_newest_first))
    return Site(ordered, registry, tuple(problems), stats, links, language, memo_key, project.print_limit)


def remember(project: Project, site: Site) -> None:
    """Store the site model, so the next build with the same inputs starts from it (see build_site)."""
    if site.memo_key and not site.build.reused:
        ExtractionCache(project.cache_dir, site.registry.digest).keep_site(site.memo_key, site)


def _newest_first(b: Briefing) -> tuple[str, str]:
    return (_invert(b.published.date or b.published.estimate or ""), b.id)


def _invert(date: str) -> str:
    """Sort key that puts later dates first and undated sources last."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date) if date else "~"
