"""The editors' command line: `briefing add` drafts a loadable source, `check` and `stats` summarise."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from briefing.cli import main
from briefing.load import load_source, split_frontmatter
from browser import start_server
from click.testing import CliRunner, Result
from conftest import ROOT, make_project

DATA = ROOT / "tests" / "data"


def run(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--root", str(root), *args])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def drafted(root: Path) -> Path:
    (path,) = (root / "sources").glob("*.md")
    return path


def drafted_actors(text: str) -> list[str]:
    """The actor ids a draft lists in its comment (it writes no `actors:` field)."""
    return re.search(r"# actors found in the text.*?: (.*)", text).group(1).split(", ")


def test_add_txt_drafts_a_source_that_loads_back(project: Path) -> None:
    result = run(project, "add", str(DATA / "article.txt"), "--url", "https://example.org/qatar-nato-training")
    assert result.exit_code == 0, result.output
    path = drafted(project)
    assert path.name == "2024-03-12-qatar-and-nato-hold-talks-on-training.md"
    text = path.read_text(encoding="utf-8")
    fields = yaml.safe_load(split_frontmatter(text)[0])
    assert fields["title"] == "Qatar and NATO hold talks on training"
    assert fields["published"] == "2024-03-12"
    assert fields["author"] == "Samir Nasser"
    assert fields["language"] == "en"
    assert fields["url"] == "https://example.org/qatar-nato-training"
    # no `actors:` field (an empty one would switch matching off): the actors found are a comment
    assert "actors" not in fields and "actors: []" not in text
    found = drafted_actors(text)
    assert found[:2] == ["qatar", "nato"] and "al-udeid-air-base" in found
    assert fields["body_format"] == "text"
    assert "publisher" not in fields  # not found: left as a comment telling the editor to add it
    assert "# inferred from the byline\nauthor: Samir Nasser" in text
    assert "# Events found (for review; not frontmatter fields): 2" in text and "#   2024-03-11 (stated)" in text
    # the body is the article byte for byte, and reads back through the loader without a problem
    assert split_frontmatter(text)[1] == (DATA / "article.txt").read_text(encoding="utf-8")
    source = load_source(path, project)
    assert source.frontmatter["title"] == fields["title"]
    assert any("a * marks the runway and # is a symbol" in b.text for b in source.blocks)
    assert "review" in result.stdout.lower() and "publisher: not found" in result.stdout
    assert run(project, "check").exit_code == 0


def test_add_html_extracts_text_and_metadata(project: Path) -> None:
    result = run(project, "add", str(DATA / "article.html"), "--publisher", "Gulf Observer")
    assert result.exit_code == 0, result.output
    path = drafted(project)
    assert path.name == "2024-03-05-qatar-hosts-nato-liaison-talks-in-doha.md"
    text = path.read_text(encoding="utf-8")
    fields = yaml.safe_load(split_frontmatter(text)[0])
    assert fields["published"] == "2024-03-05"
    assert fields["publisher"] == "Gulf Observer"
    assert fields["author"] == "Mariam Haddad"
    assert fields["url"] == "https://gulf-observer.example/2024/03/qatar-nato-liaison-talks"
    assert "actors" not in fields
    assert {"qatar", "nato", "united-states"} <= set(drafted_actors(text))
    body = split_frontmatter(text)[1]
    assert body.startswith("Qatari and NATO officials met in Doha on March 4, 2024")
    assert "welcomed the talks as “a useful step” in a brief statement" in body
    assert "Subscribe" not in body and "window.tracker" not in body and "All rights reserved" not in body
    assert "# given with --publisher" in text
    assert "Candidate actors" in text
    load_source(path, project)


def test_add_refuses_to_overwrite(project: Path) -> None:
    assert run(project, "add", str(DATA / "article.txt")).exit_code == 0
    before = drafted(project).read_text(encoding="utf-8")
    again = run(project, "add", str(DATA / "article.txt"), "--url", "https://example.org/other")
    assert again.exit_code == 1
    assert "sources/2024-03-12-qatar-and-nato-hold-talks-on-training.md: error: already exists; not overwriting" in again.stderr
    assert drafted(project).read_text(encoding="utf-8") == before


def test_add_warns_about_a_duplicate_already_in_sources(project: Path) -> None:
    shutil.copy(DATA / "article.txt", project / "sources" / "already-here.txt")
    result = run(project, "add", str(DATA / "article.txt"))
    assert result.exit_code == 0
    assert "warning: possible duplicate: sources/already-here.txt has the same article text" in result.stdout


def test_add_rejects_bad_input_naming_the_file(project: Path, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"Title\nCaf\xe9 society in Doha.\n")
    result = run(project, "add", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2: error: not UTF-8" in result.stderr
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK")
    result = run(project, "add", str(other))
    assert result.exit_code == 1 and "give a .txt article or a saved .html page" in result.stderr
    assert list((project / "sources").iterdir()) == []


def test_add_fetch_downloads_the_page(project: Path) -> None:
    server, base = start_server(DATA)  # a local server stands in for the web: tests have no network
    try:
        result = run(project, "add", "--fetch", base + "article.html")
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    text = drafted(project).read_text(encoding="utf-8")
    fields = yaml.safe_load(split_frontmatter(text)[0])
    assert fields["url"] == base + "article.html"
    assert "“a useful step”" in text  # served without a charset, still decoded as UTF-8
    assert fields["title"] == "Qatar hosts NATO liaison talks in Doha"


def test_add_needs_a_path_or_fetch(project: Path) -> None:
    assert run(project, "add").exit_code == 2
    assert "give either PATH" in run(project, "add").output


def test_check_passes_a_clean_project_and_warnings_fail_only_when_strict(project: Path) -> None:
    (project / "sources" / "clean.md").write_text(
        "---\ntitle: Talks in Doha\npublished: 2024-03-05\n---\nQatar and NATO officials met in Doha to discuss training.\n",
        encoding="utf-8",
    )
    (project / "sources" / "undated.txt").write_text(
        "Talks without a date\nQatar and NATO officials met in Doha to discuss training and energy security.\n", encoding="utf-8"
    )
    result = run(project, "check")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "sources/undated.txt: warning: no-date: no publication date found; set `published: YYYY-MM-DD` in the frontmatter,"
        " or `published: null` to confirm it is unknown"
    ]
    # quiet in CI: no progress bar when stderr is not a terminal, only the summary line
    assert result.stderr == "briefing check: 2 source files, 2 pages: 0 errors, 1 warnings\n"
    assert run(project, "check", "--strict").exit_code == 1
    report = json.loads(run(project, "check", "--format", "json").stdout)
    assert report["errors"] == 0 and report["warnings"] == 1 and report["problems"][0]["path"] == "sources/undated.txt"


def test_check_fails_on_an_error(project: Path) -> None:
    (project / "sources" / "bad.md").write_text(
        "---\ntitle: x\npublished: 2023-02-31\n---\nSome article text here.\n", encoding="utf-8"
    )
    result = run(project, "check")
    assert result.exit_code == 1
    assert result.stdout.startswith("sources/bad.md:3: error: field 'published': '2023-02-31' is not a real date")


def test_root_is_found_from_a_subfolder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project / "sources")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0 and "0 source files" in result.stderr


def test_stats_on_the_seeds(tmp_path: Path) -> None:
    root = make_project(tmp_path, copy_sources=True)
    (root / "sources" / "graded.md").write_text(
        "---\ntitle: Graded talks\npublished: 2024-03-05\nlanguage: en\nreliability: {source: B, credibility: 2}\n---\n"
        "Qatar and NATO officials met in Doha on March 4, 2024 to discuss training.\n",
        encoding="utf-8",
    )
    data = json.loads(run(root, "stats", "--format", "json").stdout)
    assert data["sources"] == 6 and data["errors"] == 0
    assert data["by_language"] == {"en": 5, "ar": 1}
    assert data["by_year"]["2024"] == 1 and data["by_year"]["undated"] == 5
    assert data["grades"] == {"B2": 1, "not yet graded": 5}
    assert data["notes_by_code"]["no-date"] == 5  # the reliability assessment's notes, counted by code
    assert sum(data["suggested_credibility"].values()) == 6
    assert data["events"]["total"] >= 10 and data["actors"]["mentioned"] > 10
    text = run(root, "stats").stdout
    for heading in ("By language", "By year of publication", "Grades", "Reliability notes by code", "Actors:", "Events:"):
        assert heading in text
