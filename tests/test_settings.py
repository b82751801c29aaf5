"""Settings in mkdocs.yml (`extra.briefing`, `theme.language`), read from the configuration as MkDocs loaded it:
`-f other.yml`, `INHERIT` and `!ENV` included. An invalid setting stops the build naming the key and what it may be."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from briefing.settings import project
from conftest import ROOT, build_project, make_project, read_json
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate


def _notes(site: Path) -> dict[str, list[str]]:
    """Reliability note codes by the language of the briefing."""
    found: dict[str, list[str]] = {}
    for record in read_json(site, "api/briefings.json"):  # type: ignore[union-attr]
        found.setdefault(record["language"], []).extend(n["code"] for n in record["reliability"]["notes"])
    return found


def _with_settings(root: Path, settings: str) -> None:
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nextra:\n  briefing:\n" + "".join(f"    {line}\n" for line in settings.splitlines()))


def test_site_language_from_another_config_file_with_inherit_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`mkdocs build -f arabic.yml`, a file that INHERITs mkdocs.yml and sets the language through !ENV:
    English sources are now the ones in another language than the site's."""
    root = make_project(tmp_path, copy_sources=True)
    (root / "arabic.yml").write_text("INHERIT: mkdocs.yml\ntheme:\n  language: !ENV [SITE_LANGUAGE, en]\n", encoding="utf-8")
    monkeypatch.setenv("SITE_LANGUAGE", "ar")
    build(load_config(str(root / "arabic.yml"), site_dir=str(tmp_path / "site")))
    notes = _notes(tmp_path / "site")
    assert "translated" in notes["en"] and "translated" not in notes["ar"]
    assert 'lang="ar"' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_sources_registry_and_print_limit_from_settings(tmp_path: Path) -> None:
    root = make_project(tmp_path, copy_sources=True)
    (root / "sources").rename(root / "collected")
    shutil.move(root / "registry", root / "lists")
    _with_settings(root, "sources: collected\nregistry: lists\nprint_limit: 2\nworkers: 1")
    site = build_project(root, tmp_path / "site")
    assert len(read_json(site, "api/briefings.json")) == 5  # type: ignore[arg-type]
    assert read_json(site, "api/actors.json")  # the registry was read from lists/
    page = lxml.html.fromstring((site / "print" / "index.html").read_bytes())
    assert len(page.xpath("//ol[@class='print-contents']/li")) == 2
    assert "holds the 2 newest of 5 briefings" in page.text_content()
    # the command reads the same settings
    briefing = Path(sys.executable).parent / "briefing"
    result = subprocess.run([briefing, "--root", root, "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 source files" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("workers: many", r"extra\.briefing\.workers: .*allowed: a whole number of processes, 1 or more"),
        ("workers: 0", r"extra\.briefing\.workers: 0; allowed: a whole number of processes, 1 or more"),
        ("print_limit: -3", r"extra\.briefing\.print_limit: -3; allowed: a whole number of briefings"),
        ("sources: ../elsewhere", r"extra\.briefing\.sources: '\.\./elsewhere' is outside the project; allowed: a folder"),
        ("sources: missing", r"extra\.briefing\.sources: 'missing' is not a folder; allowed: a folder inside the project"),
        ("registry: [a, b]", r"extra\.briefing\.registry: .*allowed: a folder inside the project"),
        ("sorces: collected", r"extra\.briefing\.sorces: .*known settings: sources, registry, workers, print_limit"),
    ],
)
def test_an_invalid_setting_stops_the_build_naming_the_key(
    tmp_path: Path, settings: str, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    """MkDocs logs the PluginError's message as an error and stops; `briefing` says the same and exits non-zero."""
    root = make_project(tmp_path)
    _with_settings(root, settings)
    with pytest.raises(Abort, match="BuildError"):
        build_project(root, tmp_path / "site")
    assert re.search(message, caplog.text)
    result = subprocess.run([Path(sys.executable).parent / "briefing", "--root", root, "check"], capture_output=True, text=True)
    assert result.returncode != 0 and "extra.briefing." in result.stderr


def test_settings_that_are_not_a_mapping(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nextra:\n  briefing: [sources]\n")
    with pytest.raises(PluginError, match=r"extra\.briefing must be a mapping of settings \(sources, registry"):
        project(load_config(str(root / "mkdocs.yml")))


def test_held_html_limit_parks_pages_without_changing_the_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`held_html_mb: 1`: past the first megabyte, generated pages wait compressed; the site is the same."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    sites = {}
    for limit in ("", "held_html_mb: 1"):
        (tmp_path / (limit or "default")).mkdir()
        root = make_project(tmp_path / (limit or "default"), copy_sources=True)
        generate(root / "sources", 60, seed=2)
        if limit:
            _with_settings(root, limit)
        sites[limit] = build_project(root, tmp_path / (limit or "default") / "site")
    default, limited = sites.values()
    files = sorted(p.relative_to(default).as_posix() for p in default.rglob("*") if p.is_file())
    generated_html = sum((default / f).stat().st_size for f in files if f.startswith(("briefings/", "actors/")))
    assert generated_html > 2_000_000  # so more than the first megabyte waited compressed
    assert files == sorted(p.relative_to(limited).as_posix() for p in limited.rglob("*") if p.is_file())
    assert [f for f in files if (default / f).read_bytes() != (limited / f).read_bytes()] == []
