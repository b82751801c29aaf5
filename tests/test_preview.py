"""`make serve` (a real `mkdocs serve --livereload --dirty` on 127.0.0.1) makes only the pages whose output
changed, and its site folder is byte for byte what a full `mkdocs build` makes of the same inputs: after an
edit, a new title (a new page address too), a new publisher (shown on the actor and chronology pages kept from the
build before, and in the assessments of the sources reporting the same events), an editor's grade (shown in the
reliability overview), a later estimated date (the briefing's place among the tagged pages), an added, a deleted
and a renamed source, and registry edits: a renamed actor, a new actor whose alias now matches a source's text, a
removed actor and a new outlet that a source's publisher names."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from conftest import ROOT, edit_file, make_project

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate
from serving import RELOADED, Server, differences, full_build

MADE = re.compile(r"preview: made (\d+) of (\d+) pages")
GRADE = "reliability: {source: B, credibility: 2, reviewed_by: Preview Test}"
UDEID = "  - {id: al-udeid, name: Al Udeid Air Base, kind: place, aliases: {en: [Al Udeid]}}\n"  # named by NEW
FIFA = "  - id: fifa\n    name: FIFA\n    kind: organisation\n    aliases: {en: [FIFA], ar: [فيفا, الفيفا]}\n"
OUTLET = "  - {id: preview-test, name: Preview Test Outlet, affiliation: state-affiliated, state: qatar}\n"  # the publisher
UNDATED = "Talks on training\n\nQatar and NATO officials discussed training in Doha on 4 March 2005.\n"  # an estimate
NEW = "Later talks in Doha\n\nQatar and NATO officials met in Doha on 4 March 2024 to discuss training with Al Udeid.\n"


def test_served_site_is_a_full_build_after_every_change(tmp_path: Path) -> None:
    root = make_project(tmp_path, copy_sources=True)
    generate(root / "sources", 70, seed=5)  # more than the navigation lists one by one: listing pages
    server = Server(root, tmp_path / "tmp")
    sources = root / "sources"
    generated = sorted(sources.glob("*.txt"))
    # the shortest titled source: one that names few actors, so few pages show its title (the generated texts, drawn
    # from the built-in knowledge, change with it; a source naming twenty actors is shown on most pages)
    titled = min(
        (path for path in sorted(sources.glob("*.md")) if _titled(path.read_text(encoding="utf-8"))),
        key=lambda path: len(path.read_text(encoding="utf-8")),
    )
    (sources / "undated-talks.txt").write_text(UNDATED, encoding="utf-8")
    steps = [
        ("edit", lambda: _append(generated[3], "\n\nOn 3 March 2019, officials of both governments met again in Doha.\n")),
        ("title", lambda: _retitle(titled, "A new title for the preview")),
        ("publisher", lambda: _retitle(titled, "A new title for the preview\npublisher: Preview Test Outlet")),
        # the editor's grade: the briefing's page and its row of the reliability overview, kept while its rows are
        ("grade", lambda: _retitle(titled, f"A new title for the preview\n{GRADE}")),  # after the publisher's line
        # a later estimated date: its tags, title and address unchanged, its place among the tagged pages not (tags.json)
        ("estimate", lambda: _append(sources / "undated-talks.txt", "\n\nThe talks resumed on 3 March 2024.\n")),
        ("add", lambda: (sources / "later-talks.txt").write_text(NEW, encoding="utf-8")),
        ("delete", lambda: generated[7].unlink()),
        ("rename", lambda: generated[9].rename(sources / "renamed-source.txt")),
        ("registry", lambda: _rename_actor(root / "registry" / "actors.yaml")),
        ("new alias", lambda: edit_file(root / "registry" / "actors.yaml", "actors:\n", f"actors:\n{UDEID}")),
        ("removed actor", lambda: edit_file(root / "registry" / "actors.yaml", FIFA, "")),
        ("new outlet", lambda: edit_file(root / "registry" / "outlets.yaml", "outlets:\n", f"outlets:\n{OUTLET}")),
    ]
    try:
        server.started(300)
        _assert_same(server, tmp_path / "built-0")
        for step, change in steps:
            reloads = server.count(RELOADED)
            change()
            server.wait_for(RELOADED, reloads + 1, 300)
            server.settled(300)  # a rename may be seen as two changes, and built twice
            made, total = map(int, MADE.findall(server.log())[-1])
            # one source: its pages and the few that show it, not the site
            if step in ("edit", "title", "publisher", "grade", "estimate", "rename"):
                assert made < total / 2, f"{step}: made {made} of {total} pages"
            _assert_same(server, tmp_path / f"built-{step}", step)
    finally:
        server.stop()
    assert "Traceback" not in server.log()


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(text)


def _titled(text: str) -> bool:
    """Frontmatter that starts with the title and names no publisher (the test gives it one)."""
    return text.startswith("---\ntitle: ") and "\npublisher:" not in text.partition("\n---\n")[0]


def _retitle(path: Path, title: str) -> None:
    """The frontmatter's first line, `title: …`, becomes `title: <title>` (which may add a line after it)."""
    head, _, rest = path.read_text(encoding="utf-8").removeprefix("---\ntitle: ").partition("\n")
    path.write_text(f"---\ntitle: {title}\n{rest}", encoding="utf-8")
    assert head != title


def _rename_actor(actors_file: Path) -> None:
    """An actor's name changes: its page, its tag on every briefing naming it, the tags page, the exports."""
    text = actors_file.read_text(encoding="utf-8")
    assert "    name: Qatar\n" in text
    actors_file.write_text(text.replace("    name: Qatar\n", "    name: State of Qatar\n"), encoding="utf-8")


def _assert_same(server: Server, built: Path, step: str = "start") -> None:
    full_build(server.root, built, server.url)
    assert differences(server.site_dir, built) == [], f"{step}; the server's log:\n{server.log()[-4000:]}"
