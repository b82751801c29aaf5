"""`briefing check` on an editor's first-day slips that the build read otherwise, silently: frontmatter without its
opening '---' (the page's title became "title: …"), `tags: Brics, Indonesien` (one tag where two were meant) and an
address without http(s) (shown, never linked). Each is a warning naming the file, the line and the fix."""

from __future__ import annotations

from pathlib import Path

from briefing.cli import main
from click.testing import CliRunner
from conftest import build_project, read_json

BODY = "Indonesien har blivit fullvärdig medlem i organisationen Brics, som är en allians av utvecklingsländer.\n"
SOURCES = {
    # the editor forgot the first '---'
    "no-opening.md": f"title: Indonesien nu fullvärdig medlem i Brics\npublished: 2025-01-07\nlanguage: sv\n---\n{BODY}",
    "comma-tags.md": f"---\ntitle: Brics välkomnar Indonesien\npublished: 2025-01-07\ntags: Brics, Indonesien\n---\n{BODY}"
    "Beslutet fattades av Brics-ledarna i augusti 2023 och har nu trätt i kraft.\n",
    "bare-url.md": f"---\ntitle: Indonesien i Brics\npublished: 2025-01-07\nurl: borsvarlden.com/artiklar/indonesien\n---\n{BODY}"
    "Brics grundades 2009 av Brasilien, Ryssland, Indien och Kina.\n",
    "fine.md": "---\ntitle: Indonesien och Brics\npublished: 2025-01-06\ntags: [Brics, Indonesien]\n"
    "url: https://borsvarlden.com/artiklar/indonesien-nu-fullvardig-medlem-i-brics\n---\n"
    "Senare utvidgades organisationen när Sydafrika klev in. Sedan dess har expansionen fortsatt.\n",
}


def project(tmp_path: Path) -> Path:
    root = tmp_path / "b"
    result = CliRunner().invoke(main, ["new", str(root), "--title", "Brics", "--language", "sv", "--site-url", "https://e.org/"])
    assert result.exit_code == 0, result.output
    for name, text in SOURCES.items():
        (root / "sources" / name).write_text(text, encoding="utf-8")
    return root


def test_check_warns_of_each_slip_with_file_line_and_fix(tmp_path: Path) -> None:
    root = project(tmp_path)
    result = CliRunner().invoke(main, ["--root", str(root), "check"])
    lines = result.output.splitlines()
    opening = [line for line in lines if line.startswith("sources/no-opening.md:1: warning: frontmatter without its opening")]
    assert opening and "'title:'" in opening[0] and "put a line '---' on line 1" in opening[0], result.output
    tags = [line for line in lines if line.startswith("sources/comma-tags.md:4: warning: field 'tags'")]
    assert tags and "tags: [Brics, Indonesien]" in tags[0], result.output
    url = [line for line in lines if line.startswith("sources/bare-url.md:4: warning: field 'url'")]
    assert url and "not an http(s) address" in url[0], result.output
    assert not [line for line in lines if line.startswith("sources/fine.md")], result.output
    assert result.exit_code == 0, result.output  # warnings: the build still publishes every page
    strict = CliRunner().invoke(main, ["--root", str(root), "check", "--strict"])
    assert strict.exit_code != 0


def test_what_the_reader_gets_of_those_slips_is_what_the_warnings_say(tmp_path: Path) -> None:
    """The warnings describe the built pages: the title that is the line "title: …", the one tag, the unlinked
    address."""
    root = project(tmp_path)
    site = build_project(root, root / "site", strict=False)
    by_source = {b["source"]: b for b in read_json(site, "api/briefings.json")}
    assert by_source["sources/no-opening.md"]["title"].startswith("title:")
    comma = (site / by_source["sources/comma-tags.md"]["path"] / "index.html").read_text("utf-8")
    assert ">Brics, Indonesien</a>" in comma
    bare = (site / by_source["sources/bare-url.md"]["path"] / "index.html").read_text("utf-8")
    assert "borsvarlden.com/artiklar/indonesien" in bare and 'href="borsvarlden.com' not in bare
