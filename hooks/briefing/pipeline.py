"""Run the stages in order: load -> extract -> (link, assess) -> a `Site` the renderer reads."""

from __future__ import annotations

import difflib
import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache, partial
from itertools import zip_longest
from pathlib import Path
from typing import Any

from .actors import in_language, merge_detected
from .cache import PREVIEW_HELPER, ExtractionCache
from .detected_identity import unify_detected
from .errors import Problem, SourceError
from .extract import assign_ids
from .link import link
from .load import UNSAFE_NAME, check_inside, declared_actors, source_files
from .model import Briefing
from .reading import read_briefing, reread_briefing
from .registry import Actor, Outlet, Registry, load_actors, load_outlets, with_base
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
            entries, found = _load_registry_file(loader, path, project.rel(path), hashlib.sha256(path.read_bytes()).hexdigest())
        except SourceError as exc:
            problems.append(exc.problem)
            continue
        problems += found
        if loader is load_actors:
            actors = entries
        else:
            outlets = entries
    problems += unknown_references(actors, outlets, project)
    files = (project.actors_file, project.outlets_file)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files if p.exists())).hexdigest()
    return Registry(*with_base(actors, outlets), digest), problems


def unknown_references(actors: dict[str, Actor], outlets: dict[str, Outlet], project: Project) -> list[Problem]:
    """Actor ids the registries refer to (an outlet's state, a role's organisation) that name no actor:
    a typo would silently lose the state-affiliated note or the anachronism check."""
    fix = "use an id from registry/actors.yaml"
    problems = [
        Problem(project.rel(project.outlets_file), f"outlet '{o.id}': state '{o.state}' is not an actor id; {fix}", o.line)
        for o in outlets.values()
        if o.state and o.state not in actors
    ]
    for actor in actors.values():
        for role in actor.roles:
            if role.organisation and role.organisation not in actors:
                message = (
                    f"actor '{actor.id}': organisation '{role.organisation}' of role '{role.title}' is not an actor id; {fix}"
                )
                problems.append(Problem(project.rel(project.actors_file), message, actor.line))
    return problems


@lru_cache(maxsize=4)
def _load_registry_file(loader: Callable[..., Any], path: Path, rel: str, digest: str) -> Any:
    """A registry file read once per content in a process: `mkdocs serve` rebuilds read it on every edit."""
    return loader(path, rel)


def _without_errors(
    briefings: list[Briefing], problems: list[Problem], found: list[Problem]
) -> tuple[list[Briefing], list[Problem]]:
    """A file with an error yields that error and no page (README: one page, or an error naming the file)."""
    wrong = {p.path for p in found if p.severity == "error"}
    return [b for b in briefings if b.source.path not in wrong], problems + found


def frontmatter_problems(briefing: Briefing, registry: Registry, detected: dict[str, str] | None = None) -> list[Problem]:
    """Editor's values that refer to things the registries or the source do not have. `detected`: the ids and
    names of the actors the sources name that no registry lists, for the did-you-mean of an unknown actor id."""
    ids, line = briefing.source.frontmatter.get("actors", []), briefing.source.field_lines.get("actors")
    problems = unknown_actor_problems(briefing.source.path, ids, line, registry, detected or {})
    count = len(briefing.events)
    for key in briefing.source.frontmatter.get("gloss", {}).get("events", {}):
        if int(key[1:]) > count:
            found = f"its events are e1 to e{count}" if count else "no dated event was found in it"
            message = f"gloss for event '{key}': {found}"
            problems.append(Problem(briefing.source.path, message, briefing.source.field_lines.get("gloss")))
    return problems


def unknown_actor_problems(
    path: str, ids: list[str], line: int | None, registry: Registry, detected: dict[str, str]
) -> list[Problem]:
    """An error for each actor id of a source's frontmatter that no registry lists, with a did-you-mean."""
    unknown = [a for a in ids if a not in registry.actors]
    hints = {a: _did_you_mean_actor(a, registry, detected) for a in unknown}
    return [Problem(path, f"actor '{a}' is not in registry/actors.yaml{hints[a]}", line) for a in unknown]


def _did_you_mean_actor(name: str, registry: Registry, detected: dict[str, str]) -> str:
    """Registry ids holding the typed id as a word ('putin' in 'vladimir-putin') or close to it, else actors the
    sources name that no registry lists yet: `putin` suggested 'sputnik' while the texts named Vladimir Putin."""
    word = name.casefold()
    listed = [a for a in registry.actors if word in a.split("-")] or difflib.get_close_matches(name, list(registry.actors), n=1)
    if listed:
        return f"; did you mean '{listed[0]}'?"
    found = sorted(d for d in detected if word in d.split("-")) or difflib.get_close_matches(name, list(detected), n=1)
    if found:
        names = ", ".join(f"{detected[d]} ({d})" for d in found[:3])
        return f": the sources name {names}, detected but not in the registry yet: `briefing actors suggest` drafts the entry"
    return ": add it to the registry or use an id from there"


def build_site(
    project: Project, progress: Callable[[list[Path]], Iterable[Path]] | None = None, last: dict[str, Briefing] | None = None
) -> Site:
    """Every source becomes a briefing, or a problem naming its file; nothing is dropped. `last` (a preview's, kept
    between its builds): the last build's briefings by source, updated with this one's (see `same_objects`)."""
    registry, problems = load_registry(project)
    briefings: list[Briefing] = []
    files, inside = _listed(project, problems)
    helper = PREVIEW_HELPER if last is not None else None  # a preview's process lives on: extraction is kept out of it
    cache = ExtractionCache(project.cache_dir, registry, workers=project.workers, helper=helper)
    language = project.language
    # With every input unchanged (sources, registries, settings, code) the last site model is this one.
    memo_key = None if problems else cache.site_key(inside, f"{language}\n{registry.digest}\n{project.print_limit}")
    if memo_key and (site := cache.site(memo_key, Site)) is not None:
        cache.finish()
        # In place: under `mkdocs serve` the model kept in memory keeps what it has made (its assessments).
        site.stats.update({"extracted": 0, "extract_ms": 0, "cache_hits": len(inside), "cache_rejected": 0, "rematched": 0})
        site.build.reused = True
        return site
    make = partial(read_briefing, root=project.root, registry=registry)
    results = cache.briefings(inside, make, partial(reread_briefing, registry=registry))
    # The CLI shows a progress bar: it advances in step with the results, which are made lazily.
    shown = progress([path for path, _ in inside]) if progress else ()
    refused: list[Path] = []
    for (path, _), (_, result) in zip(inside, zip_longest(shown, results), strict=True):
        if isinstance(result, tuple):
            problems += result
            refused.append(path)
            continue
        briefings.append(result)
    detected = {d.id: d.name for b in briefings for d in b.detected}
    editors = [p for b in briefings for p in frontmatter_problems(b, registry, detected)]
    for path in refused:  # a file refused for other fields: its actor ids are checked too, all errors at once
        if declared := declared_actors(path, project.root):
            problems += unknown_actor_problems(project.rel(path), *declared, registry, detected)
    briefings, problems = _without_errors(briefings, problems, editors)
    # before assign_ids numbers duplicate slugs apart; among the pages left, so an earlier copy with an error is not named
    briefings, problems = _without_errors(briefings, problems, cross_source_problems(briefings, keep=last is not None))
    cache.finish()
    briefings = _with_ids(briefings, keep=last is not None)
    briefings, registry = merge_detected(briefings, registry)
    briefings, registry = unify_detected(briefings, registry, language)
    if last is not None:
        briefings = same_objects(briefings, last)
    registry = in_language(registry, language)
    stats = {"files": len(files), "pages": len(briefings), "errors": sum(p.severity == "error" for p in problems), **cache.stats}
    links = link(briefings, registry, keep=last is not None)  # a preview's next build links again
    ordered = tuple(sorted(briefings, key=_newest_first))
    return Site(ordered, registry, tuple(problems), stats, links, language, memo_key, project.print_limit)


def _listed(project: Project, problems: list[Problem]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every file under `sources/`, and those that are sources with their paths from the project's root; a file
    refused for its name or kind is a problem."""
    inside = _flat_sources(project)
    if inside is not None:
        return [path for path, _ in inside], inside
    files, inside = list(source_files(project.sources)), []
    for path in files:
        try:
            rel = project.rel(path)
            if not _plainly_inside(path, rel, project.sources):
                check_inside(path, project.sources, project.root)
            inside.append((path, rel))
        except SourceError as exc:
            problems.append(exc.problem)
    return files, inside


def _flat_sources(project: Project) -> list[tuple[Path, str]] | None:
    """Every source with its path from the project's root, as `source_files` and `_plainly_inside` find them, when
    `sources/` holds only regular files with safe names (dotfiles aside): one listing of the folder, no `pathlib`
    parsing nor `stat` per file. None for anything else (a folder, a link, a FIFO, an unsafe name, no folder), which
    the general path lists and checks. `mkdocs serve` lists every source on each edit of one (at 10,000 sources
    `source_files` was a twentieth of a profiled edit)."""
    sources = project.sources
    names = []
    try:
        with os.scandir(sources) as entries:
            for entry in entries:
                if entry.name.startswith("."):  # source_files skips dotfiles and everything under a dot-folder
                    continue
                if not entry.is_file(follow_symlinks=False):  # regular files only (the file type the listing read)
                    return None
                names.append(entry.name)
    except OSError:
        return None
    if not names:
        return None
    try:
        prefix = sources.relative_to(project.root).as_posix() + "/"
    except ValueError:
        return None
    names.sort()  # paths in one folder sort as their names (pathlib compares part by part)
    found = [(sources / name, prefix + name) for name in names]
    return None if any(UNSAFE_NAME.search(rel) for _, rel in found) else found


def _plainly_inside(path: Path, rel: str, sources: Path) -> bool:
    """A regular file, not a link, right in `sources/`, with a safe name (`rel`: from the project's root): nothing
    `check_inside` refuses, known without resolving the path (each rebuild of `mkdocs serve` checks every file: 0.6 s
    at 1,000 sources under the profiler)."""
    try:
        regular = path.parent == sources and stat.S_ISREG(path.lstat().st_mode)
    except OSError:  # gone meanwhile: check_inside says what it says of it
        return False
    return regular and not UNSAFE_NAME.search(rel)


_ids_kept: tuple[list[tuple[str, str]], dict[str, tuple[Briefing, Briefing]]] = ([], {})  # a preview's: see _with_ids


def _with_ids(briefings: list[Briefing], keep: bool) -> list[Briefing]:
    """`assign_ids`. `keep` (a preview's): while every source's path and slug are the last build's (so are the ids
    given), a briefing that is the very object given last time (the cache's) is the one made last time, which the
    next stages then compare at once (at 10,000 sources the ids of 50,000 events were given again on every edit)."""
    global _ids_kept
    if not keep:
        return assign_ids(briefings)
    order = sorted(briefings, key=lambda b: b.source.path)
    names = [(b.source.path, b.id) for b in order]
    last_names, last = _ids_kept
    if names != last_names:
        made = assign_ids(order)
    else:  # each slug is the last build's: one briefing alone given it keeps it, its events numbered the same
        made = [done[1] if (done := last[b.source.path])[0] is b else assign_ids([replace(b, id=done[1].id)])[0] for b in order]
    _ids_kept = (names, {b.source.path: (b, with_ids) for b, with_ids in zip(order, made, strict=True)})
    return made


def same_objects(briefings: list[Briefing], last: dict[str, Briefing]) -> list[Briefing]:
    """Each briefing equal to the last build's as that very object. A preview compares what every page is made from
    with the last build's (memo.py): the same object compares at once, an equal one field by field, and a chronology
    entry reported by many sources holds each of them (0.8 s per rebuild at 1,000 sources)."""
    same = [b if (kept := last.get(b.source.path)) is None else kept if kept == b else _kept_events(b, kept) for b in briefings]
    last.clear()
    last.update((b.source.path, b) for b in same)
    return same


def _kept_events(b: Briefing, kept: Briefing) -> Briefing:
    """An edited briefing whose events equal to the last build's (same id and every field) are those very objects: the
    link stage keeps its comparisons and clusters by the very events (link._Kept), so an edit that leaves a source's
    events as they were (a typo fixed, a paragraph added without a date) clusters nothing again. Equal values: the
    same pages."""
    last = {e.id: e for e in kept.events}
    events = tuple(old if (old := last.get(e.id)) is not None and old == e else e for e in b.events)
    if all(new is old for new, old in zip(events, b.events, strict=True)):
        return b
    return replace(b, events=events)


def remember(project: Project, site: Site) -> None:
    """Store the site model, so the next build with the same inputs starts from it (see build_site)."""
    if site.memo_key and not site.build.reused:
        ExtractionCache(project.cache_dir).keep_site(site.memo_key, site)


def _newest_first(b: Briefing) -> tuple[str, str]:
    return (_invert(b.published.date or b.published.estimate or ""), b.id)


def _invert(date: str) -> str:
    """Sort key that puts later dates first and undated sources last."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date) if date else "~"
