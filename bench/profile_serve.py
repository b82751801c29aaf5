"""Where a live-preview rebuild spends its time, in one process: the builds `mkdocs serve --dirty` runs.

Generates N sources (bench/generate.py) into a project under --work (kept, and reused by the next run),
builds it once as `mkdocs serve --dirty` would, then times each change: CPU seconds of the whole rebuild
and of each MkDocs event (summed over the plugins and hooks that handle it), the CPU of extraction's worker
processes apart (`children_cpu_s`; of the helpers still running, such as the search indexer under a preview,
`live_children_cpu_s`), Python's garbage collections per generation (`gc_counts`, their
wall time `gc_s`, the event each full one ran in `gc_full_in`), and, with --profile, the functions that took the
most time in one change (cProfile; on CPU time with --cpu-clock: on a loaded machine wall time counts waiting too).
`--hooks` builds with another copy of hooks/ (the code before a change, say), so that old and new code can be run
one after the other on the same machine (it is shared and noisy: compare runs only within a session, interleaved).
Memory: each build's peak RSS (`peak_rss_mb`, VmHWM reset before it) and the RSS it leaves (`rss_mb`); with
--trace, what Python holds after each build, by the lines that allocated it (tracemalloc: slow, use it at a few
thousand sources); with --types, by type (every object counted once, by its own size; a string by what holds it);
with --peaks, which event raised the peak and by how much (`peak_raised_mb`; "outside": MkDocs' own work); with
--timeline, the RSS and peak RSS over each build (at every event handler, every 100 pages MkDocs converts or renders and
around its theme's own templates), as JSON lines: where in a build the memory rises, not only which event.
`--project` runs an existing project instead, such as the plain MkDocs floor of the generated pages (bench/floor.py;
`bench/bench_serve.py --plain --work W` leaves it in W/nN/plain): there an edit appends to one of its briefing pages.

    python bench/profile_serve.py --n 1000 --work /tmp/prof --changes edit edit edit add delete registry
    python bench/profile_serve.py --project /tmp/floor/n1000/plain --work /tmp/prof-plain --changes edit edit --profile 1
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import io
import json
import logging
import os
import pstats
import resource
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.commands import build as mkdocs_build
from mkdocs.commands.build import build
from mkdocs.config import load_config

BENCH = Path(__file__).resolve().parent
SERVE_URL = "http://127.0.0.1:8000/briefing/"
NEW_SOURCE = "Talks in Doha, again\n\nQatar and NATO officials met in Doha on 4 March 2024 to discuss training.\n"
# Generating imports this checkout's `briefing`: in a child, so that this process imports only the hooks built with.
GENERATE = "import sys, pathlib, bench; bench.make_project(pathlib.Path(sys.argv[1]), *map(int, sys.argv[2:]))"


def project_at(work: Path, n: int, seed: int, hooks: Path | None) -> Path:
    """The generated project (made once per --work), with the hooks under test copied in."""
    project = work / "project"
    if not project.is_dir():
        subprocess.run([sys.executable, "-c", GENERATE, str(work), str(n), str(seed)], cwd=BENCH, check=True)
    if hooks is not None:
        shutil.rmtree(project / "hooks")
        shutil.copytree(hooks, project / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    return project


EVENT = ["outside"]  # the MkDocs event running now: outside any, MkDocs' own work


class Timeline:
    """RSS and peak RSS (MB) with the wall and CPU seconds since the run started, at marks through a build: every event
    handler's start and end, every `every` pages MkDocs converts (`_populate_page`) or renders (`_build_page`), and
    around each theme template (sitemap.xml, 404.html). Written as JSON lines to `out`."""

    def __init__(self, out: Path, every: int = 100) -> None:
        self.out, self.every, self.started = out.open("w", encoding="utf-8"), every, time.perf_counter()
        self.build = "first"
        self.pages = 0
        for name, label in (("_populate_page", "converted"), ("_build_page", "rendered")):
            setattr(mkdocs_build, name, self._counted(getattr(mkdocs_build, name), label))
        theme = mkdocs_build._build_theme_template

        def template(name: str, *args: Any, **kwargs: Any) -> None:
            self.mark(f"{name}: before")
            theme(name, *args, **kwargs)
            self.mark(f"{name}: after")

        mkdocs_build._build_theme_template = template

    def _counted(self, function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.pages += 1
            if self.pages % self.every == 0:
                self.mark(f"{label} {self.pages}")
            return function(*args, **kwargs)

        return counted

    def start(self, build: str) -> None:
        self.build, self.pages = build, 0
        self.mark("start")

    def mark(self, label: str) -> None:
        seconds = (round(time.perf_counter() - self.started, 2), round(time.process_time(), 2))
        memory = (_status_mb("VmRSS"), _status_mb("VmHWM"))
        self.out.write(json.dumps([self.build, *seconds, label, *memory]) + "\n")
        self.out.flush()


TIMELINE: list[Timeline] = []  # --timeline: the one for this run


class Timed:
    """CPU seconds spent in each MkDocs event during a build, every plugin's handler included; with `peaks`, by how
    many MB each event (and MkDocs' own work between events: "outside") raised the build's peak RSS."""

    def __init__(self, peaks: bool = False) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.peaks = peaks
        self.raised: dict[str, float] = defaultdict(float)
        self.peak = 0.0  # VmHWM when the last handler returned

    def wrap(self, config: Any) -> None:
        for name, handlers in config.plugins.events.items():
            handlers[:] = [self._timed(name, handler) for handler in handlers]

    def _timed(self, name: str, handler: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(handler)  # the hooks ask which plugin a handler is (preview.py)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._peak(EVENT[0])
            started, outer = time.process_time(), EVENT[0]
            EVENT[0] = name
            for timeline in TIMELINE:
                timeline.mark(f"{name}: {_handler_name(handler)} in")
            try:
                return handler(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - started
                self._peak(name)
                EVENT[0] = outer
                for timeline in TIMELINE:
                    timeline.mark(f"{name}: {_handler_name(handler)} out")

        timed.mkdocs_priority = getattr(handler, "mkdocs_priority", 0)  # type: ignore[attr-defined]
        return timed

    def _peak(self, name: str) -> None:
        """What the peak RSS rose by since the last handler returned, to `name`'s account."""
        if self.peaks:
            now = _status_mb("VmHWM")
            if self.peak and now > self.peak:
                self.raised[name] += now - self.peak
            self.peak = now

    def peak_raised(self) -> dict[str, float]:
        """MB each event raised the build's peak RSS by, the largest first; under 1 MB is the reading's noise."""
        return {name: round(mb, 1) for name, mb in sorted(self.raised.items(), key=lambda kv: -kv[1]) if mb >= 1}


def _handler_name(handler: Callable[..., Any]) -> str:
    owner = getattr(handler, "__self__", None)
    return type(owner).__name__ if owner is not None else getattr(handler, "__module__", "?")


def rebuild(project: Path, site_dir: Path, first: bool, profile: cProfile.Profile | None, peaks: bool = False) -> dict[str, Any]:
    """One build as `mkdocs serve --dirty` runs it: the configuration loaded again, a dirty build."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir))
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
    config.site_url = SERVE_URL
    timed = Timed(peaks)
    timed.wrap(config)
    _reset_peak_rss()
    started, wall, children, live = time.process_time(), time.perf_counter(), _children_cpu(), _live_children_cpu()
    if profile is not None:
        profile.enable()
    for timeline in TIMELINE:
        timeline.start("first" if first else "change")
    build(config, serve_url=SERVE_URL, dirty=True)
    if profile is not None:
        profile.disable()
    ranked = sorted(timed.seconds.items(), key=lambda kv: -kv[1])
    events = {name: round(seconds, 3) for name, seconds in ranked if seconds >= 0.01}
    cpu = {"cpu_s": round(time.process_time() - started, 3), "children_cpu_s": round(_children_cpu() - children, 3)}
    now = _live_children_cpu()
    cpu["live_children_cpu_s"] = round(sum(seconds - live.get(pid, 0.0) for pid, seconds in now.items()), 3)
    memory = {"peak_rss_mb": _status_mb("VmHWM"), "rss_mb": _status_mb("VmRSS")}
    raised = {"peak_raised_mb": timed.peak_raised()} if peaks else {}
    return {**cpu, "wall_s": round(time.perf_counter() - wall, 3), **memory, **raised, "events": events}


def _reset_peak_rss() -> None:
    """VmHWM from now on (Linux: writing 5 to clear_refs resets the peak to the current RSS)."""
    Path("/proc/self/clear_refs").write_text("5")


def _status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def held(top: int) -> str:
    """What Python holds now, by the traceback that allocated it, largest first (tracemalloc)."""
    snapshot = tracemalloc.take_snapshot()
    stats = snapshot.statistics("traceback")
    total = sum(stat.size for stat in stats)
    lines = [f"held: {total / 2**20:.1f} MB in {sum(stat.count for stat in stats)} blocks"]
    for stat in stats[:top]:
        lines.append(f"{stat.size / 2**20:8.1f} MB {stat.count:9d} blocks")
        lines += [f"    {frame.filename}:{frame.lineno}" for frame in stat.traceback[-4:]]
    return "\n".join(lines)


def held_by_type(top: int) -> str:
    """What Python holds now, by type: every object the collector tracks, and the strings, bytes and numbers they
    hold (untracked: by their type and the first holder's found), each counted once, by its shallow size."""
    gc.collect()
    tracked = gc.get_objects()
    seen: set[int] = set()
    sizes: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)

    def count(obj: object, name: str) -> None:
        if id(obj) not in seen:
            seen.add(id(obj))
            sizes[name] += sys.getsizeof(obj)
            counts[name] += 1

    for obj in tracked:
        count(obj, type(obj).__name__)
        for inner in gc.get_referents(obj):
            if not gc.is_tracked(inner):
                count(inner, f"{type(inner).__name__} in {type(obj).__name__}")
    ranked = sorted(sizes.items(), key=lambda kv: -kv[1])
    lines = [f"held by type: {sum(sizes.values()) / 2**20:.1f} MB in {sum(counts.values())} objects"]
    lines += [f"{size / 2**20:8.1f} MB {counts[name]:9d} {name}" for name, size in ranked[:top]]
    return "\n".join(lines)


def _children_cpu() -> float:
    """CPU seconds of the ended child processes waited for (extraction workers): not in process_time."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _live_children_cpu() -> dict[int, float]:
    """CPU seconds so far of each child process still running (a helper kept between builds), by pid (Linux)."""
    found = {}
    for listing in Path("/proc/self/task").glob("*/children"):
        for pid in map(int, listing.read_text().split()):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            except OSError:  # ended meanwhile
                continue
            found[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    return found


def changes(project: Path, seed: int) -> dict[str, Callable[[int], object]]:
    sources = project / "sources"
    plain = not sources.is_dir()  # the floor: its briefing pages are what an edit changes
    edited = sorted((project / "docs" / "briefings").glob("*.md") if plain else sources.glob("*.txt"))[seed % 7]
    added = sources / "profile-added.txt"
    return {
        "edit": lambda k: _append(edited, f"\n\nOn {k % 27 + 1} March 2019, officials of both governments met again in Doha.\n"),
        "add": lambda k: added.write_text(NEW_SOURCE, encoding="utf-8"),
        "delete": lambda k: added.unlink(missing_ok=True),
        "registry": lambda k: _rename_actor(project / "registry" / "actors.yaml"),
    }


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(text)


def _rename_actor(actors_file: Path) -> None:
    """Qatar renamed, and back on the next registry change: every page naming it changes each time."""
    text = actors_file.read_text(encoding="utf-8")
    old, new = ("    name: Qatar\n", "    name: State of Qatar\n")
    actors_file.write_text(text.replace(old, new) if old in text else text.replace(new, old), encoding="utf-8")


class Collections:
    """Python's garbage collections during a build, per generation: how many, and their wall seconds."""

    def __init__(self) -> None:
        self.count, self.seconds, self.started = [0, 0, 0], [0.0, 0.0, 0.0], 0.0
        self.full: dict[str, int] = defaultdict(int)
        gc.callbacks.append(self._observe)

    def _observe(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.count[info["generation"]] += 1
            self.seconds[info["generation"]] += time.perf_counter() - self.started
            if info["generation"] == 2:
                self.full[EVENT[0]] += 1

    def taken(self) -> dict[str, object]:
        """The collections since the last call, and in which event the full ones ran."""
        found = {"gc_counts": self.count, "gc_s": [round(s, 3) for s in self.seconds], "gc_full_in": dict(self.full)}
        self.count, self.seconds, self.full = [0, 0, 0], [0.0, 0.0, 0.0], defaultdict(int)
        return found


class MadeCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.last = ""

    def emit(self, record: logging.LogRecord) -> None:
        words = record.getMessage().partition("preview: made ")[2].split()
        if words:
            self.last = f"{words[0]}/{words[2]}"


def _profiler(cpu_clock: bool) -> cProfile.Profile:
    """A profiler on wall time, or on this process's CPU time: on a shared machine wall time counts the others' turns."""
    return cProfile.Profile(time.process_time) if cpu_clock else cProfile.Profile()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--work", type=Path, required=True, help="the generated project is kept here and reused")
    parser.add_argument("--hooks", type=Path, help="build with this copy of hooks/ (default: the project's)")
    parser.add_argument("--project", type=Path, help="run this project as it is (the plain floor, say) instead of generating one")
    parser.add_argument("--changes", nargs="+", default=["edit"] * 3, choices=["edit", "add", "delete", "registry"])
    parser.add_argument("--profile", type=int, default=-1, help="profile the change of this index (0 = the first)")
    parser.add_argument(
        "--cpu-clock", action="store_true", help="profile on this process's CPU time (time.process_time), not wall time"
    )
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path, help="write the figures here as JSON")
    parser.add_argument("--trace", type=int, default=0, help="tracemalloc with this many frames: what each build leaves held")
    parser.add_argument("--types", action="store_true", help="what each build leaves held, by type (a census of objects)")
    parser.add_argument(
        "--peaks", action="store_true", help="which event raised each build's peak RSS (reads /proc at every handler: no timing)"
    )
    parser.add_argument(
        "--timeline", type=Path, help="write RSS and peak RSS through each build here, as JSON lines (marks every 100 pages)"
    )
    args = parser.parse_args()
    TIMELINE.extend([Timeline(args.timeline)] if args.timeline else [])
    project = args.project.resolve() if args.project else project_at(args.work, args.n, args.seed, args.hooks)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    os.chdir(project)
    made = MadeCount()
    logging.getLogger("mkdocs").addHandler(made)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    site_dir = args.work / "site"
    shutil.rmtree(site_dir, ignore_errors=True)
    if args.trace:
        tracemalloc.start(args.trace)
    collections = Collections()
    first = {**rebuild(project, site_dir, True, None, args.peaks), **collections.taken()}
    peak = f"peak RSS {first['peak_rss_mb']} MB, RSS after {first['rss_mb']} MB"
    print(f"first build: CPU {first['cpu_s']} s, wall {first['wall_s']} s, {peak}", file=sys.stderr, flush=True)
    if args.peaks:
        print(f"first build's peak raised by: {first['peak_raised_mb']}", file=sys.stderr, flush=True)
    if args.trace:
        print(held(args.top), file=sys.stderr, flush=True)
    if args.types:
        print(held_by_type(args.top), file=sys.stderr, flush=True)
    make = changes(project, args.seed)
    results = []
    for index, kind in enumerate(args.changes):
        make[kind](index)
        profile = _profiler(args.cpu_clock) if index == args.profile else None
        built = rebuild(project, site_dir, False, profile, args.peaks)
        result = {"change": kind, **built, "made": made.last, **collections.taken()}
        results.append(result)
        print(json.dumps(result), file=sys.stderr, flush=True)
        if args.trace:
            print(held(args.top), file=sys.stderr, flush=True)
        if args.types:
            print(held_by_type(args.top), file=sys.stderr, flush=True)
        if profile is not None:
            out = io.StringIO()
            profile.dump_stats(args.work / "profile.prof")  # for other views: python -m pstats
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
            print(out.getvalue())
    if args.out:
        args.out.write_text(json.dumps({"first": first, "changes": results}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
