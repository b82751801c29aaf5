"""The navigation rendered once for the pages outside it (overrides/main.html, engine.SharedNav) is byte for byte
what Material's own template renders into each page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import build_project, make_project

OVERRIDE = re.compile(r"\{#- Material's block.*?\{% endblock %\}\n", re.DOTALL)
NOTE = "# Notes from the field\n\nA page kept outside the navigation, in a folder of its own.\n"


def _project(tmp: Path, shared: bool) -> Path:
    """The example, with a hand-written page outside the navigation beside the actor pages (also outside it, one
    folder over, with the actors index in the navigation: a link the two folders' pages write differently)."""
    tmp.mkdir()
    root = make_project(tmp, copy_sources=True)
    (root / "docs" / "notes").mkdir()
    (root / "docs" / "notes" / "field.md").write_text(NOTE, encoding="utf-8")
    if not shared:  # Material's block as it is
        main = root / "overrides" / "main.html"
        main.write_text(OVERRIDE.sub("", main.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def test_pages_outside_the_navigation_show_what_materials_template_renders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    built = {}
    for shared in (True, False):
        root = _project(tmp_path / str(shared), shared)
        assert ("briefing_nav" in (root / "overrides" / "main.html").read_text(encoding="utf-8")) is shared
        built[shared] = build_project(root, root / "site", strict=False)
    pages = sorted(p.relative_to(built[True]) for p in built[True].rglob("*.html"))
    assert pages == sorted(p.relative_to(built[False]) for p in built[False].rglob("*.html"))
    assert Path("notes/field/index.html") in pages and len([p for p in pages if p.parts[0] == "actors"]) > 2
    different = [p for p in pages if (built[True] / p).read_bytes() != (built[False] / p).read_bytes()]
    assert different == []
    field = (built[True] / "notes/field/index.html").read_text(encoding="utf-8")
    assert 'href="../../actors/"' in field  # the actors index, from this folder: not what an actor page links


def test_the_theme_builds_without_the_hooks(tmp_path: Path) -> None:
    """A plain MkDocs build of the theme (the benchmark's floor, a site that drops the hook file) renders Material's
    navigation instead of failing on the hooks' missing helper."""
    root = make_project(tmp_path, copy_sources=True)
    config = root / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^hooks:\n(?:\s+- .*\n)+", "", config.read_text(encoding="utf-8")), encoding="utf-8")
    (root / "docs" / "page.md").write_text("# A page\n\nPlain text.\n", encoding="utf-8")
    site = build_project(root, root / "site", strict=False)
    assert 'data-md-type="navigation"' in (site / "page" / "index.html").read_text(encoding="utf-8")
