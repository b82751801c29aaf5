"""Fingerprints of the code that makes a build's results, derived from the package itself.

A fingerprint hashes files of this package and the installed versions of the distributions they import.
Nothing is listed by hand: the imports are read from the modules' source (`ast`, so an import inside a
function counts too), mapped to the distributions that provide them (`importlib.metadata`), and followed
through those distributions' own requirements, since trafilatura's dates come from htmldate, dateparser's
from regex and so on. A new module, data file, template or library is covered the day it is added;
tests/test_fingerprint.py fails if code runs during a build that a fingerprint does not cover.
"""

from __future__ import annotations

import ast
import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.metadata import distributions as all_distributions
from pathlib import Path

from packaging.markers import Marker

PACKAGE = Path(__file__).resolve().parent
REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
NAME = PACKAGE.name


def package_files() -> list[Path]:
    """Every file of the package that a build reads: its modules, data, templates and schemas."""
    return sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def module_file(name: str) -> Path:
    """The file of `name`, a module of this package (`extract`)."""
    return PACKAGE / f"{name}.py"


# An import statement, wherever it stands; docstring prose that looks like one fails to parse and is skipped.
IMPORT = re.compile(r"^[ \t]*((?:from[ \t]+[.\w]+[ \t]+)?import[ \t]+(?:\([^)]*\)|[^\n]*))", re.M)


@cache
def imports(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(modules of this package, top-level names of other modules) that the module at `path` imports anywhere,
    in a function too. (Regex, then `ast` on each statement: parsing whole modules takes ten times longer.)"""
    own: set[str] = set()
    other: set[str] = set()
    for match in IMPORT.finditer(path.read_text(encoding="utf-8")):
        try:
            (node,) = ast.parse(match[1]).body
        except SyntaxError:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                top, _, rest = alias.name.partition(".")
                (own.add(rest.split(".")[0]) if top == NAME and rest else other.add(top))
        elif isinstance(node, ast.ImportFrom):
            top = (node.module or "").split(".")[0]
            if node.level == 0 and top != NAME:
                other.add(top)
            elif node.module and top != NAME:  # from .extract import x
                own.add(top)
            elif node.module:  # from briefing.extract import x
                own.update(node.module.split(".")[1:2] or (alias.name for alias in node.names))
            else:  # from . import extract, load
                own.update(alias.name for alias in node.names)
    own = {name for name in own if module_file(name).is_file()}
    return frozenset(own), frozenset(name for name in other if name not in sys.stdlib_module_names and name != "__future__")


def closure(roots: Iterable[str]) -> list[str]:
    """The modules of this package that `roots` import, directly or through one another, roots included."""
    found: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += imports(module_file(name))[0]
    return sorted(found)


def distributions(modules: Iterable[str]) -> list[str]:
    """The installed distributions that provide these top-level modules, and everything they require."""
    installed = _installed()[0]
    found: set[str] = set()
    todo = [dist for module in modules for dist in providers_of(module)]
    while todo:
        dist = _normal(todo.pop())
        if dist in found or dist not in installed:
            continue
        found.add(dist)
        todo += _requirements(installed[dist])
    return sorted(found)


@dataclass(frozen=True)
class Installed:
    version: str
    requires: tuple[str, ...]  # Requires-Dist lines


@cache
def _installed() -> tuple[dict[str, Installed], dict[str, list[str]]]:
    """Installed distributions by normalised name, and the names of those providing each top-level module (from
    top_level.txt, or a module named as the distribution). (`packages_distributions` reads every RECORD in full
    and `Distribution.metadata` parses the whole file as e-mail: together a second here.)"""
    installed: dict[str, Installed] = {}
    providers: dict[str, list[str]] = {}
    for dist in all_distributions():
        headers = _headers(dist.read_text("METADATA") or dist.read_text("PKG-INFO") or "")
        name = _normal(next(iter(headers.get("Name", [])), ""))
        if not name or name in installed:  # the first on sys.path is the one imported
            continue
        installed[name] = Installed(next(iter(headers.get("Version", [])), "unknown"), tuple(headers.get("Requires-Dist", [])))
        for top in (dist.read_text("top_level.txt") or "").split() or [name.replace("-", "_")]:
            providers.setdefault(top, []).append(name)
    return installed, providers


@cache
def _recorded() -> dict[str, list[str]]:
    """The distributions providing each top-level module, from the files they installed (RECORD): slower, for
    a module that neither top_level.txt nor a distribution's name gives."""
    providers: dict[str, list[str]] = {}
    for dist in all_distributions():
        name = _normal(dist.metadata["Name"] or "")
        for top in {_top(line) for line in (dist.read_text("RECORD") or "").splitlines()} - {""}:
            providers.setdefault(top, []).append(name)
    return providers


def providers_of(module: str) -> list[str]:
    """The installed distributions that provide the top-level module `module`."""
    return _installed()[1].get(module) or _recorded().get(module, [])


def _headers(metadata: str) -> dict[str, list[str]]:
    """The header fields of a METADATA file (core metadata: e-mail headers up to the first blank line)."""
    found: dict[str, list[str]] = {}
    for line in metadata.split("\n\n", 1)[0].splitlines():
        key, colon, value = line.partition(":")
        if colon and not line[:1].isspace():  # a continuation line belongs to a long field this does not read
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def _top(record_line: str) -> str:
    """The top-level module a RECORD line's file belongs to ('' for metadata and scripts)."""
    path = record_line.split(",", 1)[0]
    first, slash, _ = path.partition("/")
    if not slash:  # a module file at the top: six.py, _cffi_backend.cpython-311-x86_64-linux-gnu.so
        return first.split(".")[0] if first.endswith((".py", ".so", ".pyd")) else ""
    return "" if first.endswith((".dist-info", ".data")) or first.startswith("..") or first == "__pycache__" else first


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(dist: Installed) -> list[str]:
    """Names of what `dist` requires without extras (what an install of it brings along)."""
    names = []
    for line in dist.requires:
        requirement, _, marker = line.partition(";")
        # A marker naming an extra: required only with that extra. Others (python_version ...) are evaluated.
        if marker and ("extra" in marker or not Marker(marker).evaluate()):
            continue
        if name := REQUIREMENT_NAME.match(requirement.strip()):
            names.append(name[0])
    return names


def libraries(files: Iterable[Path]) -> list[str]:
    """The distributions that the modules among `files` import, with what those require."""
    return distributions(set().union(*(imports(p)[1] for p in files if p.suffix == ".py")))


def fingerprint(files: Iterable[Path], salt: str = "") -> str:
    """sha256 of `salt`, each file's name and bytes, and the versions of the libraries they import."""
    files = sorted(files)
    digest = hashlib.sha256(f"{salt}\n".encode())
    for path in files:
        digest.update(f"{path.relative_to(PACKAGE).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    installed = _installed()[0]
    digest.update("".join(f"{name}={installed[name].version}\n" for name in libraries(files)).encode())
    return digest.hexdigest()


@cache
def site_fingerprint() -> str:
    """What, besides the sources and settings, decides the site model and the pages and exports made of it:
    every file of this package and every library it imports. Computed once per process, so under
    `mkdocs serve` (which never reloads hook code) it describes the code that is running."""
    return fingerprint(package_files())
