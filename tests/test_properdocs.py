"""The example builds with ProperDocs, the maintained fork of MkDocs 1.x, to the same site as with MkDocs: the one
difference allowed is the generator tag. (MkDocs 1.6.1 is the last 1.x release; see README: Platform.)

Both builds run cold, in their own processes (ProperDocs redirects `mkdocs.*` imports in the process it runs in),
with SOURCE_DATE_EPOCH set so the feed's and calendar's timestamps agree."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_project

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _build(tmp: Path, tool: str) -> Path:
    tmp.mkdir()
    root = make_project(tmp, copy_sources=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    command = [sys.executable, "-m", tool, "build", "--strict", "-q", "-f", "mkdocs.yml", "-d", str(tmp / "site")]
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{tool} build failed:\n{result.stderr[-3000:]}"
    return tmp / "site"


def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path: Path) -> None:
    if importlib.util.find_spec("properdocs") is None:
        pytest.skip("ProperDocs is not installed: `make setup` installs it from requirements-dev.txt")
    mkdocs, properdocs = _build(tmp_path / "mkdocs", "mkdocs"), _build(tmp_path / "properdocs", "properdocs")
    files = sorted(p.relative_to(mkdocs).as_posix() for p in mkdocs.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(properdocs).as_posix() for p in properdocs.rglob("*") if p.is_file())
    assert "briefings/index.html" in files and "api/briefings.json" in files
    generators = set()
    differ = []
    for name in files:
        ours, theirs = (mkdocs / name).read_bytes(), (properdocs / name).read_bytes()
        if name.endswith(".html"):
            generators.update(m.group() for m in GENERATOR.finditer(ours + theirs))
            ours, theirs = GENERATOR.sub(b"", ours), GENERATOR.sub(b"", theirs)
        if ours != theirs:
            differ.append(name)
    assert differ == []
    assert any(b"ProperDocs" in g for g in generators), "the second build really ran ProperDocs"
