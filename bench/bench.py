"""`make bench`: how the build grows from 100 to 10,000 sources, beside a plain MkDocs floor.

For each N: generate N synthetic sources (bench/generate.py) into a copy of this project, build
it with the hooks from an empty cache (cold), again with the cache (warm: every input unchanged),
and once more after one source is edited (its entry and the site model stale), and build the same
pages as a plain MkDocs site without hooks (bench/floor.py), the floor. Every build runs in its
own process; its wall time, peak RSS (os.wait4: the largest process) and peak PSS (all its
processes, shared memory counted once) are measured from outside. Up to 1,000 sources the four
builds run in three interleaved rounds and each reports its median round: one build's time varies by
more than the margins the targets leave. Prints a table and writes the figures as JSON under
bench/results/.

    python bench/bench.py --n 100 1000 10000 --seed 1
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "bench"))

from briefing.extract import extract  # noqa: E402
from briefing.load import load_source  # noqa: E402
from briefing.pipeline import Project, load_registry  # noqa: E402
from generate import generate  # noqa: E402

RESULTS = ROOT / "bench" / "results"
PROJECT_FILES = ("mkdocs.yml",)
PROJECT_FOLDERS = ("docs", "hooks", "registry", "overrides")
LABELS = {"plain": "plain MkDocs", "cold": "hooks, cold cache", "warm": "hooks, warm cache", "edited": "hooks, 1 source edited"}
HOOKS_BUILDS = ("cold", "warm", "edited")
EXTRACTED = re.compile(r"extracted (\d+) \((\d+) ms\), (\d+) from the cache")


@dataclass
class Build:
    wall_s: float
    peak_rss_mb: float  # the largest single process of the build (the build or a worker it forked)
    peak_pss_mb: float  # all its processes together, shared pages counted once (sampled 5 times a second)
    site_mb: float
    search_index_mb: float
    warnings: int
    extracted: int | None = None
    extract_ms: int | None = None
    cache_hits: int | None = None


def run_build(project: Path, log_path: Path) -> Build:
    """`mkdocs build` in a child process: wall time, the child's own peak RSS, what it wrote."""
    site = project / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    with log_path.open("w") as log:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=project, stdout=log, stderr=subprocess.STDOUT, env=env)
        sampler = PssSampler(child.pid)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4; tell Popen
    text = log_path.read_text()
    if child.returncode:
        raise SystemExit(f"build failed in {project} (exit {child.returncode}); see {log_path}")
    found = EXTRACTED.search(text)
    search = site / "search" / "search_index.json"
    return Build(
        wall_s=round(wall, 2),
        peak_rss_mb=round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
        peak_pss_mb=round(sampler.peak_kb / 1024, 1),
        site_mb=round(folder_bytes(site) / 1e6, 1),
        search_index_mb=round(search.stat().st_size / 1e6, 2) if search.exists() else 0.0,
        warnings=len(re.findall(r"^WARNING", text, re.M)),
        extracted=int(found[1]) if found else None,
        extract_ms=int(found[2]) if found else None,
        cache_hits=int(found[3]) if found else None,
    )


class PssSampler(threading.Thread):
    """The peak of the summed proportional set size of a process and its descendants (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _tree(self.pid))))


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def make_project(work: Path, n: int, seed: int) -> Path:
    project = work / "project"
    project.mkdir(parents=True)
    for name in PROJECT_FILES:
        shutil.copy(ROOT / name, project / name)
    for folder in PROJECT_FOLDERS:
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    generate(project / "sources", n, seed)
    return project


def extraction_times(project: Path, sample: int, seed: int) -> dict[str, float]:
    """Median milliseconds to load and extract one source, cold (no cache), in this process: wall time, and the
    process's CPU time beside it (on a shared machine the wall time also counts other programs' turns)."""
    registry, _ = load_registry(Project(project))
    paths = sorted((project / "sources").iterdir())
    extract(load_source(paths[0], project), registry)  # dateparser and langid load their data once
    chosen = random.Random(seed).sample(paths, min(sample, len(paths)))
    timed: list[tuple[int, float]] = []
    cpu_ms: list[float] = []
    for path in chosen:
        started, started_cpu = time.perf_counter(), time.process_time()
        extract(load_source(path, project), registry)
        timed.append((path.stat().st_size, (time.perf_counter() - started) * 1000))
        cpu_ms.append((time.process_time() - started_cpu) * 1000)
    near_5kb = [ms for size, ms in timed if 4000 <= size <= 6000]
    return {
        "sources_timed": len(timed),
        "median_ms": round(statistics.median(ms for _, ms in timed), 2),
        "median_cpu_ms": round(statistics.median(cpu_ms), 2),
        "median_ms_4_to_6_kb": round(statistics.median(near_5kb), 2) if near_5kb else float("nan"),
        "sources_4_to_6_kb": len(near_5kb),
        "median_source_kb": round(statistics.median(size for size, _ in timed) / 1000, 1),
    }


def measure(n: int, seed: int, work: Path, sample: int, rounds: int) -> dict:
    """`rounds` rounds of the four builds, interleaved so that the machine's drift touches all of them alike;
    each build's figures are its median round's, with the highest peak memory of any round."""
    print(f"N={n}: generating sources", file=sys.stderr, flush=True)
    project = make_project(work, n, seed)
    plain_project = work / "plain"
    runs: dict[str, list[Build]] = {kind: [] for kind in LABELS}
    for round_ in range(1, rounds + 1):
        step = f"N={n}, round {round_} of {rounds}:"
        shutil.rmtree(project / ".cache", ignore_errors=True)
        print(f"{step} hooks build, cold cache", file=sys.stderr, flush=True)
        runs["cold"].append(run_build(project, work / "hooks-cold.log"))
        if not plain_project.exists():
            print(f"{step} writing the plain floor project", file=sys.stderr, flush=True)
            subprocess.run(
                [sys.executable, str(ROOT / "bench" / "floor.py"), str(project), str(plain_project)],
                check=True,
                stdout=subprocess.DEVNULL,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )
        print(f"{step} plain build", file=sys.stderr, flush=True)
        runs["plain"].append(run_build(plain_project, work / "plain.log"))
        shutil.rmtree(plain_project / "site")
        print(f"{step} hooks build, warm cache", file=sys.stderr, flush=True)
        runs["warm"].append(run_build(project, work / "hooks-warm.log"))
        print(f"{step} hooks build, warm cache, one source edited", file=sys.stderr, flush=True)
        edit_one_source(project, seed)
        runs["edited"].append(run_build(project, work / "hooks-edited.log"))
    builds = {kind: median_build(found) for kind, found in runs.items()}
    return {
        "n": n,
        "rounds": rounds,
        "source_mb": round(folder_bytes(project / "sources") / 1e6, 1),
        **{kind: asdict(build) for kind, build in builds.items()},
        "walls_s": {kind: [b.wall_s for b in found] for kind, found in runs.items()},
        "extraction": extraction_times(project, sample, seed),
        **{f"ratio_{kind}_vs_plain": round(builds[kind].wall_s / builds["plain"].wall_s, 2) for kind in HOOKS_BUILDS},
    }


def median_build(builds: list[Build]) -> Build:
    """The round of median wall time, with the highest peak memory seen in any round."""
    middle = sorted(builds, key=lambda b: b.wall_s)[(len(builds) - 1) // 2]
    return replace(middle, peak_rss_mb=max(b.peak_rss_mb for b in builds), peak_pss_mb=max(b.peak_pss_mb for b in builds))


def edit_one_source(project: Path, seed: int) -> None:
    """What an editor does between two builds: one more dated sentence in one plain-text source.
    Its extraction entry and the whole-site model are then stale; the other entries are not."""
    texts = sorted((project / "sources").glob("*.txt"))
    chosen = random.Random(seed).choice(texts)
    with chosen.open("a", encoding="utf-8") as text:
        text.write("\n\nOn 3 March 2019, officials of both governments met again in Doha.\n")


def add_growth(results: list[dict]) -> None:
    """time(N) / time(N/10) for every N whose tenth was measured in the same run."""
    by_n = {r["n"]: r for r in results}
    for r in results:
        tenth = by_n.get(r["n"] // 10) if r["n"] % 10 == 0 else None
        kinds = ("plain", "cold", "warm", "edited")
        r["growth_vs_tenth"] = {k: round(r[k]["wall_s"] / tenth[k]["wall_s"], 2) for k in kinds} if tenth else None


def table(results: list[dict]) -> str:
    head = ("N", "build", "wall s", "peak RSS MB", "peak PSS MB", "extract ms/src", "site MB", "search MB", "vs plain", "vs N/10")
    rows = [head]
    for r in results:
        for kind in ("plain", "cold", "warm", "edited"):
            b = r[kind]
            growth = r["growth_vs_tenth"][kind] if r["growth_vs_tenth"] else "-"
            ratio = 1.0 if kind == "plain" else r[f"ratio_{kind}_vs_plain"]
            extract_ms = r["extraction"]["median_ms"] if kind == "cold" else "-"
            figures = (b["wall_s"], b["peak_rss_mb"], b["peak_pss_mb"], extract_ms, b["site_mb"], b["search_index_mb"], ratio)
            rows.append((r["n"], LABELS[kind], *figures, growth))
    return aligned(rows)


def aligned(rows: list[tuple]) -> str:
    """Rows as a plain-text table, each column right-aligned, a rule under the first row."""
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(str(v).rjust(w) for v, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000, 10000], help="numbers of sources to measure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=int, default=300, help="sources timed one by one for the extraction median")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of builds for each N up to --rounds-up-to")
    parser.add_argument("--rounds-up-to", type=int, default=1000, help="larger sites are built once (a round is minutes)")
    parser.add_argument("--work", type=Path, help="keep the generated projects here (default: a temporary folder, removed)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    meta = {
        "seed": args.seed,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg(),
    }
    results = []
    try:
        for n in sorted(set(args.n)):
            rounds = args.rounds if n <= args.rounds_up_to else 1
            results.append(measure(n, args.seed, work / f"n{n}", args.sample, rounds))
            add_growth(results)
            print(table(results), file=sys.stderr, flush=True)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    meta["load_average_at_end"] = os.getloadavg()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"meta": meta, "results": results}, indent=1), encoding="utf-8")
    print(table(results))
    for r in results:
        e = r["extraction"]
        print(
            f"N={r['n']}: extraction median {e['median_ms']} ms per source, {e['median_cpu_ms']} ms of CPU "
            f"({e['median_source_kb']} KB median), "
            f"{e['median_ms_4_to_6_kb']} ms for the {e['sources_4_to_6_kb']} sources of 4-6 KB"
        )
    print(f"figures written to {out}")


if __name__ == "__main__":
    main()
