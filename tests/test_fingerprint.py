"""The cache and replay keys cover all the code that makes a build's results.

A real MkDocs build of the example runs under a profiler that notes the file and module of every Python
function called from this package's code (and, apart, from the extraction of a source). Every file of the
package that ran must be one the fingerprint hashes, and every library that ran must be one whose version
it holds: code added later (a module, a template, a library, an import inside a function) fails here
until the fingerprints cover it, instead of letting a build replay a stale site.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from briefing import background, cache, fingerprint
from conftest import build_project, make_project

# What runs beneath the package's code in this test only: pytest's log capture, the monkeypatched function,
# setuptools' import hook, and Hypothesis once another test module has imported it (its `gc.callbacks` hook runs
# beneath whatever frame a collection interrupts).
HARNESS = {"_pytest", "pluggy", "test_fingerprint", "conftest", "_distutils_hack", "hypothesis"}


@dataclass
class Ran:
    """Files and top-level modules whose functions ran, beneath which entry points."""

    entry: str  # a module name prefix (`briefing.`) or a function (`briefing.reading.read_briefing`)
    depth: int = 0
    files: set[str] = field(default_factory=set)
    modules: set[str] = field(default_factory=set)

    def enters(self, frame: FrameType, module: str) -> bool:
        if self.entry.endswith("."):
            return module.startswith(self.entry)
        return f"{module}.{frame.f_code.co_name}" == self.entry


def _profile(watched: list[Ran]) -> Any:
    entries: dict[int, list[Ran]] = {}

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event == "call":
            module = frame.f_globals.get("__name__") or ""
            for ran in watched:
                if ran.depth == 0 and ran.enters(frame, module):
                    entries.setdefault(id(frame), []).append(ran)
                    ran.depth = 1
                if ran.depth:
                    ran.files.add(frame.f_code.co_filename)
                    ran.modules.add(module.split(".")[0])
        elif event == "return":
            for ran in entries.pop(id(frame), []):
                ran.depth = 0

    return profile


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Ran]:
    tmp = tmp_path_factory.mktemp("fingerprint")
    root = make_project(tmp, copy_sources=True)
    cache.forget()
    site, extraction = Ran("briefing."), Ran("briefing.reading.read_briefing")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(background, "can_fork", lambda: False)  # the pages are made in this process, seen here
        sys.setprofile(_profile([site, extraction]))
        try:
            build_project(root, tmp / "site")
        finally:
            sys.setprofile(None)
    cache.forget()
    return {"site": site, "extraction": extraction}


def _uncovered_files(ran: Ran, covered: list[Path]) -> list[str]:
    package = str(fingerprint.PACKAGE)
    hashed = {str(p) for p in covered}
    return sorted(f for f in ran.files if f.startswith(package) and f not in hashed)


def _uncovered_libraries(ran: Ran, covered: list[str]) -> list[str]:
    outside = {m for m in ran.modules if m and m not in sys.stdlib_module_names | HARNESS and m != fingerprint.NAME}
    outside = {m for m in outside if not m.startswith("namedtuple_")}  # the globals of collections.namedtuple's methods
    return sorted(
        f"{m} ({', '.join(fingerprint.providers_of(m) or ['no distribution'])})"
        for m in outside
        if not set(fingerprint.providers_of(m)) & set(covered)
    )


def test_every_file_and_library_the_extraction_runs_is_in_the_cache_key(ran: dict[str, Ran]) -> None:
    files = cache.extractor_files()
    assert any(f.endswith("extract.py") for f in ran["extraction"].files), "the extraction ran under the profiler"
    assert _uncovered_files(ran["extraction"], files) == []
    assert _uncovered_libraries(ran["extraction"], fingerprint.libraries(files)) == []


def test_every_file_and_library_the_site_runs_is_in_the_site_key(ran: dict[str, Ran]) -> None:
    files = fingerprint.package_files()
    assert any(f.endswith(".j2") for f in ran["site"].files), "the pages were rendered under the profiler"
    assert _uncovered_files(ran["site"], files) == []
    uncovered = _uncovered_libraries(ran["site"], fingerprint.libraries(files))
    assert uncovered == [], "\n".join(uncovered)


def test_libraries_are_found_from_the_imports_not_listed() -> None:
    """rapidfuzz (the chronology's fuzzy matching) and htmldate (trafilatura's dates) were in no hand list."""
    libraries = fingerprint.libraries(fingerprint.package_files())
    assert {"rapidfuzz", "htmldate", "jinja2", "networkx"} <= set(libraries)
    assert "pytest" not in libraries and "playwright" not in libraries
