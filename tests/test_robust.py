"""Inputs that once ran script, took the whole site down or lost a page, built with the real MkDocs.

File and folder names carrying the XSS payload catalogue; one character (a control character, a lone
surrogate) in a title, body or URL; Windows and old Mac line endings; UTF-16/32 files; "29 February"
given an inferred year; raw HTML in a Markdown body. Each becomes a page, and nothing in it can run.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import feedparser
import lxml.etree
import lxml.html
import pytest
import yaml
from briefing.cli import main
from browser import chromium, start_server  # noqa: F401
from click.testing import CliRunner
from conftest import build_project, make_project, read_json
from icalendar import Calendar
from playwright.sync_api import Dialog
from test_xss import DANGERS_JS, PAYLOADS

EDIT_BASE = "https://github.com/briefing/qatar-security/edit/main/"  # repo_url + edit_uri of mkdocs.yml, resolved


def article(n: int) -> str:
    return (
        f"Talks number {n} in Doha\n"
        f"Qatar and NATO officials met in Doha on {n % 28 + 1} March 2024 to discuss training, in round {n} of the talks.\n"
    )


def named_sources() -> dict[str, str | bytes]:
    """Every payload as a file name and as a folder name (a '/' in a payload makes folders of it too)."""
    sources: dict[str, str | bytes] = {}
    for n, payload in enumerate(PAYLOADS):
        sources[f"{payload}.txt"] = article(2 * n)
        sources[f"{payload}/in-a-folder-{n}.txt"] = article(2 * n + 1)
    return sources


@pytest.fixture(scope="module")
def named_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("names")
    root = make_project(tmp, named_sources())
    return root, build_project(root, tmp / "site")  # strict: a payload in a name is no error


def test_every_named_file_became_a_page(named_site: tuple[Path, Path]) -> None:
    root, site = named_site
    # a payload ending in "//" names a folder holding ".txt": a dotfile, which is not a source
    on_disk = {p.relative_to(root).as_posix() for p in (root / "sources").rglob("*.txt") if p.name != ".txt"}
    built = {r["source"] for r in read_json(site, "api/briefings.json")}  # type: ignore[union-attr]
    assert len(on_disk) >= 2 * len(PAYLOADS) - 4
    assert built == on_disk


def test_edit_links_are_encoded_and_point_at_their_file(named_site: tuple[Path, Path]) -> None:
    _, site = named_site
    records = read_json(site, "api/briefings.json")
    assert records
    for record in records:  # type: ignore[union-attr]
        page = lxml.html.parse(str(site / record["path"] / "index.html")).getroot()
        links = page.xpath('//a[@rel="edit"]')
        assert len(links) == 1, record["source"]
        assert set(links[0].attrib) <= {"href", "title", "class", "rel"}, (record["source"], dict(links[0].attrib))
        href = links[0].get("href")
        assert not re.search(r"[\s\"'<>`]", href), href
        assert unquote(href) == EDIT_BASE + record["source"]


@pytest.mark.browser
def test_no_file_name_runs_script_in_chromium(named_site: tuple[Path, Path], chromium) -> None:  # noqa: F811
    _, site = named_site
    server, base = start_server(site)
    context = chromium.new_context()
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
    dialogs: list[str] = []
    found: dict[str, list[str]] = {}

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.page.url if dialog.page else '?'}: {dialog.message}")
        dialog.dismiss()

    page = context.new_page()
    page.on("dialog", on_dialog)
    try:
        for record in read_json(site, "api/briefings.json"):  # type: ignore[union-attr]
            page.goto(base + record["path"], wait_until="load")
            if dangers := page.evaluate(DANGERS_JS, page.content()):
                found[record["source"]] = dangers
        page.wait_for_timeout(300)  # autofocus handlers fire after load
    finally:
        context.close()
        server.shutdown()
    assert dialogs == []
    assert found == {}


BODY = "Qatar and NATO officials met in Doha on 4 March 2024 to discuss {}, officials said.\n"
UNSAFE = {
    # YAML escapes reach a string as the character itself; raw ones come in with the file
    "control-title.md": '---\ntitle: "Talks\\a in Doha"\nurl: "https://example.org/a\\x07b"\n---\nThe \x01talks.\x7f '
    + BODY.format("training"),
    "surrogate.md": '---\ntitle: "\\ud800 Surrogate talks"\nsummary: "half \\udc00 a pair"\n---\n'
    + BODY.format("the liaison office"),
    "control.txt": f"Control\x0b characters\x1b in a scraped page\n{BODY.format('air defence')}",
    "crlf.md": f"---\r\ntitle: Windows line endings\r\n---\r\nFirst line.\r\n{BODY.format('naval patrols')}".replace(
        "\n", "\r\n"
    ).replace("\r\r", "\r"),
    "cr.md": f"---\rtitle: Old Mac line endings\r---\r{BODY.format('cyber security')}".replace("\n", "\r"),
    "utf16.txt": ("UTF-16 talks in Doha\n" + BODY.format("joint training")).encode("utf-16"),
    "utf32.txt": ("UTF-32 talks in Doha\n" + BODY.format("air patrols")).encode("utf-32"),
    # a character reference to a control character once made lxml drop the whole page
    "entities.html": "<html><head><title>Entity &#7;talks &#xD800;in Doha</title></head>"
    + "<body><article><h1>Entity &#7;talks in Doha</h1>"
    + "".join(f"<p>Paragraph {n} &#x1b;of the long talks: {BODY.format('naval training')}</p>" for n in range(6))
    + "</article></body></html>",
    "leap.md": "---\ntitle: A leap day without a year\npublished: null\n---\n"
    "The agreement was signed on 29 February in Doha, officials said. Qatar and NATO met in Doha on 4 March 2023.\n",
    "raw-html.md": "---\ntitle: Raw HTML in Markdown\n---\n"
    'Tracked <img src="https://tracker.example/p.png"> and H<sub>2</sub>O and <b onclick="alert(1)">bold</b>.\n\n'
    "<details><summary>Hidden</summary>secret</details>\n\n<table><tr><td>cell</td></tr></table>\n\n"
    '<a href="https://elsewhere.example/">a raw link</a> and *emphasis*.\n\n' + BODY.format("exercises"),
}


@pytest.fixture(scope="module")
def unsafe_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("unsafe")
    root = make_project(tmp, UNSAFE)
    return root, build_project(root, tmp / "site")  # strict: each of these is a page, not an error


def records(site: Path) -> dict[str, dict]:
    return {r["source"].removeprefix("sources/"): r for r in read_json(site, "api/briefings.json")}  # type: ignore[union-attr]


def test_one_character_no_longer_takes_the_site_down(unsafe_site: tuple[Path, Path]) -> None:
    _, site = unsafe_site
    built = records(site)
    assert set(built) == set(UNSAFE)
    assert built["control-title.md"]["title"] == "Talks in Doha"
    assert built["control-title.md"]["url"] == "https://example.org/ab"
    assert built["surrogate.md"]["title"] == "\ufffd Surrogate talks"
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert {entry.title for entry in feed.entries} >= {"Talks in Doha", "\ufffd Surrogate talks"}
    for path in site.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    assert built["control.txt"]["title"] == "Control characters in a scraped page"
    assert built["entities.html"]["title"] == "Entity talks in Doha"


def test_check_notes_the_removed_characters(unsafe_site: tuple[Path, Path]) -> None:
    root, _ = unsafe_site
    result = CliRunner().invoke(main, ["--root", str(root), "check"])
    assert ": error: " not in result.stdout, result.stdout
    warned = {line.split(":")[0] for line in result.stdout.splitlines() if "removed: they cannot be published" in line}
    assert warned == {"sources/control-title.md", "sources/surrogate.md", "sources/control.txt"}
    assert "sources/control-title.md: warning: 4 control characters" in result.stdout


def test_line_endings_and_utf16_32(unsafe_site: tuple[Path, Path]) -> None:
    _, site = unsafe_site
    built = records(site)
    assert built["crlf.md"]["title"] == "Windows line endings"
    assert built["cr.md"]["title"] == "Old Mac line endings"
    assert built["utf16.txt"]["title"] == "UTF-16 talks in Doha"
    assert built["utf32.txt"]["title"] == "UTF-32 talks in Doha"
    events = read_json(site, "api/events.json")
    for name in ("crlf.md", "cr.md", "utf16.txt", "utf32.txt"):
        assert [e["date"] for e in events if e["briefing"] == built[name]["id"]] == ["2024-03-04"], name  # type: ignore[index]


def test_29_february_in_a_common_year_is_unresolved(unsafe_site: tuple[Path, Path]) -> None:
    _, site = unsafe_site
    events = [e for e in read_json(site, "api/events.json") if e["briefing"] == records(site)["leap.md"]["id"]]  # type: ignore[union-attr]
    leap = [e for e in events if "29 February" in e["date_text"]]
    assert len(leap) == 1, events
    # no year is stated and 2023 has no 29 February: the date stays as the text gives it, year-less
    assert leap[0]["date"] == "--02-29" and leap[0]["date_basis"] == "year-unknown"
    assert "not in the calendar of 2023" in leap[0]["basis_reason"]
    assert all(e["date"] != "2023-02-29" for e in read_json(site, "api/events.json"))  # type: ignore[union-attr]
    calendar = Calendar.from_ical((site / "chronology.ics").read_bytes())
    assert calendar.walk("VEVENT")


def test_markdown_bodies_keep_only_the_allowed_html(unsafe_site: tuple[Path, Path]) -> None:
    _, site = unsafe_site
    page = lxml.html.parse(str(site / records(site)["raw-html.md"]["path"] / "index.html")).getroot()
    body = page.xpath('//*[contains(@class, "source-text")]')[0]
    html = lxml.html.tostring(body, encoding="unicode")
    assert body.xpath(".//img | .//details | .//table | .//iframe") == []
    assert body.xpath(".//sub/text()") == ["2"]
    assert body.xpath(".//b/@onclick") == [] and body.xpath(".//b/text()") == ["bold"]
    assert body.xpath(".//em/text()") == ["emphasis"]
    assert not [a for a in body.xpath(".//a/@href") if "elsewhere.example" in a]
    text = body.text_content()
    assert '<img src="https://tracker.example/p.png">' in text  # shown as written, never loaded
    assert "<details><summary>Hidden</summary>secret</details>" in text
    assert "tracker.example" not in " ".join(page.xpath("//@src"))
    assert "onclick" not in html


def test_registry_type_slips_leave_the_rest_of_the_registry(tmp_path: Path) -> None:
    """`aliases: {en: Qatar Airways}` once made every letter an alias: now the entry is refused, by name."""
    root = make_project(
        tmp_path, {"air.txt": "Airline news\nThe airline flew from Doha, Qatar officials said on 4 March 2024.\n"}
    )
    with (root / "registry" / "actors.yaml").open("a", encoding="utf-8") as out:
        out.write("  - id: qatar-airways\n    name: Qatar Airways\n    kind: organisation\n    aliases: {en: Qatar Airways}\n")
    result = CliRunner().invoke(main, ["--root", str(root), "check", "--format", "json"])
    problems = json.loads(result.stdout)["problems"]
    errors = [p for p in problems if p["severity"] == "error"]
    assert [(p["path"], p["message"]) for p in errors] == [
        ("registry/actors.yaml", "actor entry: field 'aliases.en' must be a list, not a text (entry 'qatar-airways')")
    ]
    site = build_project(root, tmp_path / "site", strict=False)
    (record,) = read_json(site, "api/briefings.json")  # type: ignore[misc]
    assert "qatar-airways" not in record["actors"] and "qatar" in record["actors"]


def test_frontmatter_yaml_is_parsed_once_per_value(tmp_path: Path) -> None:
    """The README's frontmatter table holds: every field still loads after the safe loader's changes."""
    fields = {
        "title": "All fields",
        "summary": "S",
        "published": "2024-03-05",
        "publisher": "Doha News",
        "author": "A. Writer",
        "language": "en",
        "url": "https://example.org/all",
        "actors": ["qatar"],
        "tags": ["security"],
        "reliability": {"source": "B", "credibility": 2, "notes": ["n"], "reviewed_by": "R", "reviewed_on": "2024-03-06"},
        "body_format": "text",
    }
    root = make_project(tmp_path, {"all.md": "---\n" + yaml.safe_dump(fields) + "---\n" + BODY.format("all fields")})
    site = build_project(root, tmp_path / "site")
    (record,) = read_json(site, "api/briefings.json")  # type: ignore[misc]
    assert record["title"] == "All fields" and record["reliability"]["reviewed_by"] == "R"
    assert lxml.etree.parse(str(site / "feed.xml")).findtext("channel/item/title") == "All fields"


def test_a_slug_keeps_the_page_address_when_the_date_and_title_change(tmp_path: Path) -> None:
    body = "Qatar and NATO officials met in Doha on 4 March 2024 to discuss training.\n"
    first = "---\ntitle: Talks in Doha\nslug: doha-talks\n---\n" + body
    root = make_project(tmp_path, {"talks.md": first})
    site = build_project(root, tmp_path / "site")
    assert (site / "briefings/doha-talks/index.html").is_file()
    corrected = "---\ntitle: Training talks in Doha\npublished: 2024-03-05\nslug: doha-talks\n---\n" + body
    (root / "sources/talks.md").write_text(corrected, encoding="utf-8")
    site = build_project(root, tmp_path / "site2")
    page = (site / "briefings/doha-talks/index.html").read_text(encoding="utf-8")
    assert "Training talks in Doha" in page
    assert [b["id"] for b in json.loads((site / "api/briefings.json").read_text(encoding="utf-8"))] == ["doha-talks"]
