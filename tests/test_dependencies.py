"""The declared dependencies are the ones the code uses: pyproject.toml names every library the package imports,
requirements.txt pins them for a build and holds no test tool, and `briefing --version` answers."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from briefing import fingerprint
from conftest import ROOT
from packaging.requirements import Requirement

TOOLS = {"pytest", "playwright", "hypothesis", "ruff", "axe-playwright-python", "feedparser"}


def _pins(name: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "-r")):
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", f"{name}: {line} is not pinned to one version"
            pins[fingerprint._normal(requirement.name)] = spec.version
    return pins


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {fingerprint._normal(Requirement(line).name) for line in project["dependencies"]}


def test_pyproject_declares_every_library_the_package_imports() -> None:
    imported = set().union(*(fingerprint.imports(p)[1] for p in fingerprint.package_files() if p.suffix == ".py"))
    needed = {fingerprint._normal(dist) for module in imported for dist in fingerprint.providers_of(module) or [module]}
    assert needed - _declared() == set()


def test_requirements_pin_every_declared_dependency_and_no_test_tool() -> None:
    runtime, dev = _pins("requirements.txt"), _pins("requirements-dev.txt")
    assert _declared() - set(runtime) == set()
    assert TOOLS & set(runtime) == set()
    assert set(dev) >= TOOLS
    assert set(runtime) & set(dev) == set(), "requirements-dev.txt adds to requirements.txt (-r), it repeats nothing"


def test_version() -> None:
    """The installed command (`make setup` installs the package) says the version pyproject.toml gives."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    out = subprocess.run([Path(sys.executable).parent / "briefing", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert (out.returncode, out.stdout) == (0, f"briefing {version}\n"), out.stderr
