"""The same inputs give byte-identical sites whatever PYTHONHASHSEED: two cold builds of the seeds and
150 generated sources, in separate processes with different hash seeds, are compared file by file.
Timestamps (the feed's lastBuildDate, the calendar's DTSTAMP) follow SOURCE_DATE_EPOCH, set for both."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, make_project

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate

GENERATED = 150


def cold_build(tmp: Path, hash_seed: str) -> Path:
    tmp.mkdir()
    root = make_project(tmp, copy_sources=True)
    generate(root / "sources", GENERATED, seed=1)  # with hash seeds 0 and 1, a float sum over a set differed
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [str(mkdocs), "build", "-q", "-d", str(tmp / "site")], cwd=root, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return tmp / "site"


def test_builds_are_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    first, second = (cold_build(tmp_path / seed, seed) for seed in ("0", "1"))
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    assert len([f for f in files if f.startswith("briefings/")]) >= GENERATED
    differ = [f for f in files if (first / f).read_bytes() != (second / f).read_bytes()]
    assert differ == []
