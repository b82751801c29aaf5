"""`make bench-serve`: how long an editor waits under `make serve`, beside a full build.

For each N: generate N sources (bench/generate.py) into a copy of this project, start a real
`mkdocs serve --livereload --dirty` on 127.0.0.1 (as `make serve`), then edit one source five times,
add a source and delete it (`--adds` times) and edit registry/actors.yaml (`--registry-edits` times),
each time timing from the write to the server's "Reloading browsers", and the serving process's CPU
seconds meanwhile (on a shared machine the wait follows the others' load; the CPU time much less). Then
a full `mkdocs build` of the same inputs (warm cache) for comparison, and the serving process's peak RSS
(VmHWM). Medians of the edits (and of the adds and deletes); figures as JSON under bench/results/.

A project left in `--work` (W/nN/project, say a copy of a former run's, its extraction cache warm) is reused with this
checkout's hooks. `--plain` serves instead the floor: the pages the hooks make from the same sources, as a plain MkDocs + Material
project (bench/floor.py, as `make bench` builds it), one of its briefing pages edited five times; `--not-dirty`
serves without `--dirty`; `--no-full-build` leaves out the full build (minutes at 10,000 sources).

    python bench/bench_serve.py --n 100 1000 --seed 3
    python bench/bench_serve.py --n 1000 --plain --work /tmp/floor   # the floor project is made once per --work
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serving import RELOADED, Server, full_build

from bench import RESULTS, ROOT, aligned, make_project

MADE = re.compile(r"preview: made (\d+) of (\d+) pages")
NEW_SOURCE = "Talks in Doha, again\n\nQatar and NATO officials met in Doha on 4 March 2024 to discuss training.\n"


def timed(server: Server, change: Callable[[], object]) -> tuple[float, float, str]:
    """Seconds from the change to the next "Reloading browsers", the serving process's CPU seconds meanwhile
    (on a shared machine the wait depends on the others' load, the CPU time much less), the rebuild's page count."""
    server.settled(600, quiet=1.0)
    reloads = server.count(RELOADED)
    cpu = _cpu_s(server.process.pid)
    written = time.monotonic()
    change()
    reloaded = server.wait_for(RELOADED, reloads + 1, 1800)
    cpu = _cpu_s(server.process.pid) - cpu
    found = MADE.findall(server.log())
    return round(reloaded - written, 2), round(cpu, 2), "/".join(found[-1]) if found else "?"


def _cpu_s(pid: int) -> float:
    """User and system CPU seconds of a process and its children that ended (/proc/PID/stat, Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def measure(
    n: int,
    seed: int,
    work: Path,
    edits: int,
    registry_edits: int = 1,
    plain: bool = False,
    dirty: bool = True,
    full: bool = True,
    adds: int = 1,
) -> dict:
    if not (work / "project").is_dir():
        print(f"N={n}: generating sources", file=sys.stderr, flush=True)
    project = floor_project(work, n, seed) if plain else hooks_project(work, n, seed)
    server = Server(project, work / "tmp", dirty)
    started = time.monotonic()
    result: dict = {"n": n, "seed": seed, "site": _site(plain, dirty)}
    try:
        server.started(3600)
        result["first_build_s"] = round(time.monotonic() - started, 1)
        result["first_build_peak_rss_mb"] = _peak_rss_mb(server.process.pid)
        edited = project / ("docs/briefings" if plain else "sources")
        chosen = random.Random(seed).choice(sorted(edited.glob("*.md" if plain else "*.txt")))
        result["edits_s"], result["edits_cpu_s"], result["edits_made"] = [], [], []
        for number in range(edits):
            sentence = f"\n\nOn {number + 3} March 2019, officials of both governments met again in Doha.\n"
            seconds, cpu, made = timed(server, lambda s=sentence: _append(chosen, s))
            print(f"N={n}: edit {number + 1}: {seconds} s, CPU {cpu} s ({made} pages made)", file=sys.stderr, flush=True)
            result["edits_s"].append(seconds)
            result["edits_cpu_s"].append(cpu)
            result["edits_made"].append(made)
        added = project / "sources" / "bench-added.txt"
        other_changes = (
            ("add", lambda: added.write_text(NEW_SOURCE, encoding="utf-8")),
            ("delete", added.unlink),
        )
        for number in range(0 if plain else adds):
            for kind, change in other_changes:
                seconds, cpu, made = timed(server, change)
                print(f"N={n}: {kind} {number + 1}: {seconds} s, CPU {cpu} s ({made} pages made)", file=sys.stderr, flush=True)
                result.setdefault(f"{kind}s_s", []).append(seconds)
                result.setdefault(f"{kind}s_cpu_s", []).append(cpu)
                result[f"{kind}_made"] = made
        result["registry_edits_s"], result["registry_edits_cpu_s"] = [], []
        for number in range(0 if plain else registry_edits):
            seconds, cpu, made = timed(server, lambda: _rename_actor(project / "registry" / "actors.yaml"))
            print(f"N={n}: registry edit {number + 1}: {seconds} s, CPU {cpu} s ({made} pages made)", file=sys.stderr, flush=True)
            result["registry_edits_s"].append(seconds)
            result["registry_edits_cpu_s"].append(cpu)
            result["registry_made"] = made
        server.settled(1800, quiet=1.0)
        result["serve_peak_rss_mb"] = _peak_rss_mb(server.process.pid)
    finally:
        server.stop()
    result["edit_median_s"] = statistics.median(result["edits_s"])
    result["edit_median_cpu_s"] = statistics.median(result["edits_cpu_s"])
    for kind in ("add", "delete"):  # medians of the adds and deletes
        if result.get(f"{kind}s_s"):
            result[f"{kind}_s"] = statistics.median(result[f"{kind}s_s"])
            result[f"{kind}_cpu_s"] = statistics.median(result[f"{kind}s_cpu_s"])
    if result["registry_edits_s"]:
        result["registry_s"] = statistics.median(result["registry_edits_s"])
        result["registry_cpu_s"] = statistics.median(result["registry_edits_cpu_s"])
    if full:
        print(f"N={n}: full build (warm cache)", file=sys.stderr, flush=True)
        result["full_build_s"] = round(full_build(project, work / "built", server.url), 1)
    return result


def floor_project(work: Path, n: int, seed: int) -> Path:
    """The plain MkDocs project of the pages the hooks make from N generated sources (bench/floor.py), made once per
    folder and reused: writing it runs the hooks' whole first build."""
    plain = work / "plain"
    if not (plain / "mkdocs.yml").exists():
        project = make_project(work, n, seed)
        print(f"N={n}: writing the plain floor project", file=sys.stderr, flush=True)
        floor = [sys.executable, str(ROOT / "bench" / "floor.py"), str(project), str(plain)]
        subprocess.run(floor, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return plain


def hooks_project(work: Path, n: int, seed: int) -> Path:
    """The generated project; one already in `work` (a copy of a former run's, its extraction cache warm: a cold first
    build takes 13 minutes at 10,000 sources) is reused as it is, with this checkout's hooks copied in."""
    project = work / "project"
    if not project.is_dir():
        return make_project(work, n, seed)
    print(f"N={n}: reusing {project} with this checkout's hooks", file=sys.stderr, flush=True)
    shutil.rmtree(project / "hooks")
    shutil.copytree(ROOT / "hooks", project / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    (project / "sources" / "bench-added.txt").unlink(missing_ok=True)
    return project


def _site(plain: bool, dirty: bool) -> str:
    return f"{'plain' if plain else 'hooks'}{', dirty' if dirty else ''}"


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(text)


def _rename_actor(actors_file: Path) -> None:
    """Qatar renamed, and back on the next registry edit: every page naming it changes each time."""
    text = actors_file.read_text(encoding="utf-8")
    old, new = ("    name: Qatar\n", "    name: State of Qatar\n")
    actors_file.write_text(text.replace(old, new) if old in text else text.replace(new, old), encoding="utf-8")


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def table(results: list[dict]) -> str:
    head = ("N", "site", "edit median s (CPU)", "edits s", "add s (CPU)", "delete s (CPU)", "registry median s (CPU)")
    head += ("full build s", "first build s", "peak RSS MB: first build", "at end")
    rows = [head] + [
        (
            r["n"],
            r["site"],
            f"{r['edit_median_s']} ({r['edit_median_cpu_s']})",
            " ".join(map(str, r["edits_s"])),
            *(f"{r[f'{kind}_s']} ({r[f'{kind}_cpu_s']})" if f"{kind}_s" in r else "-" for kind in ("add", "delete", "registry")),
            r.get("full_build_s", "-"),
            r["first_build_s"],
            r["first_build_peak_rss_mb"],
            r["serve_peak_rss_mb"],
        )
        for r in results
    ]
    return aligned(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument(
        "--registry-edits", type=int, default=1, help="registry edits (Qatar renamed and back), after the add and delete"
    )
    parser.add_argument("--adds", type=int, default=1, help="times a source is added and deleted again (medians of each)")
    parser.add_argument("--work", type=Path, help="keep the generated projects here (default: a temporary folder, removed)")
    parser.add_argument("--plain", action="store_true", help="serve the plain MkDocs floor of the same pages, no hooks")
    parser.add_argument("--not-dirty", action="store_true", help="serve without --dirty: every change rebuilds every page")
    parser.add_argument("--no-full-build", action="store_true", help="leave out the full build after the changes")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-serve-"))
    results = []
    try:
        for n in sorted(set(args.n)):
            site = {"plain": args.plain, "dirty": not args.not_dirty, "full": not args.no_full_build, "adds": args.adds}
            results.append(measure(n, args.seed, work / f"n{n}", args.edits, args.registry_edits, **site))
            print(table(results), file=sys.stderr, flush=True)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-serve-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"results": results}, indent=1), encoding="utf-8")
    print(table(results))
    print(f"figures written to {out}")


if __name__ == "__main__":
    main()
