"""`briefing new --language pl`: the README says search is set to the site's language, but its index has no Polish
rules and mkdocs.yml says `lang: [en]` with no word why. The command now says so, and what it means."""

from __future__ import annotations

from pathlib import Path

import yaml
from briefing.cli import main
from click.testing import CliRunner


def search_languages(root: Path) -> list[str]:
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    return next(p["search"]["lang"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)


def test_a_language_search_has_no_rules_for_is_named_with_what_search_does_instead(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["new", str(tmp_path / "pl"), "--title", "Indonezja i BRICS", "--language", "pl"])
    assert result.exit_code == 0, result.output
    assert search_languages(tmp_path / "pl") == ["en"]
    said = [line for line in result.output.splitlines() if line.startswith("Search:")]
    assert said and "'pl'" in said[0] and "lang: [en]" in said[0] and "every language and script" in said[0], result.output


def test_nothing_is_said_where_search_has_the_language(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["new", str(tmp_path / "sv"), "--title", "Indonesien och Brics", "--language", "sv"])
    assert result.exit_code == 0, result.output
    assert search_languages(tmp_path / "sv") == ["sv"]
    assert "Search:" not in result.output
