"""`briefing add`: draft a `sources/*.md` file from a .txt or saved .html article.

The draft's frontmatter is what the build would infer, each value under a comment saying where it
came from, so the editor reviews instead of types. The body is the article text verbatim with
`body_format: text`, so no character of it is read as Markdown.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from slugify import slugify

from .errors import Problem, SourceError
from .extract import extract
from .load import decode, html_lines, load_source, source_files
from .model import Briefing, Source
from .pipeline import load_registry
from .safetext import comment_line
from .site import Project
from .validate import text_key, url_key

TITLE_BASIS = {
    "header": "the title line at the top of the text (or the page's <title>)",
    "derived": "the first sentence, as the text has no title line: write a real title",
}
EVENT_LIMIT = 40  # more than this are summarised: the comment block is a review aid, not the chronology


@dataclass
class Draft:
    """A drafted source file and the points the editor should review."""

    path: Path
    text: str
    review: list[str] = field(default_factory=list)


def article_text(path: Path) -> tuple[str, str]:
    """The body to keep (verbatim text, or the text extracted from HTML) and the format it came in."""
    suffix = path.suffix.lower()
    if suffix not in (".txt", ".html", ".htm"):
        raise SourceError(Problem(str(path), f"cannot add a '{suffix}' file: give a .txt article or a saved .html page"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(Problem(str(path), f"cannot read this file ({exc.strerror or exc})")) from None
    text, _ = decode(str(path), data)
    if suffix == ".txt":
        return text, "txt"
    lines, _ = html_lines(str(path), text)
    return "\n".join(lines).strip() + "\n", "html"


def infer(path: Path, project: Project) -> Briefing:
    """What the build infers for the article, read from a private copy so `sources/` is untouched."""
    registry, _ = load_registry(project)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "sources" / f"draft{path.suffix.lower()}"
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())
        try:
            source = load_source(copy, Path(tmp))
        except SourceError as exc:  # name the editor's file, not the private copy
            raise SourceError(Problem(str(path), exc.problem.message, exc.problem.line)) from None
    return extract(source, registry)


def _field(name: str, value: Any, note: str) -> list[str]:
    """`# note` over `name: value`, the value dumped by YAML so quotes and colons stay safe."""
    dumped = yaml.safe_dump({name: value}, allow_unicode=True, default_flow_style=False, width=1_000_000, sort_keys=False)
    return [f"# {note}", dumped.rstrip("\n")]


def frontmatter_lines(b: Briefing, given: dict[str, str], origin: str) -> list[str]:
    today = dt.date.today().isoformat()
    lines = [
        f"# Drafted by `briefing add` from {comment_line(origin, 100)} on {today}.",
        "# Review each value marked 'inferred'; delete these comments when done.",
    ]
    lines += _field("title", b.title, f"inferred from {TITLE_BASIS.get(b.title_basis, b.title_basis)}")
    if b.published.date:
        lines += _field("published", b.published.date, "inferred from the date the page states")
    else:
        estimate = f"; the text's latest event suggests not before {b.published.estimate}" if b.published.estimate else ""
        lines += _field("published", None, f"inferred: no publication date found{estimate}; write YYYY-MM-DD if you know it")
    if "publisher" in given:
        lines += _field("publisher", given["publisher"], "given with --publisher")
    elif b.publisher:
        lines += _field("publisher", b.publisher, "inferred from the byline, the site name or the outlet registry")
    else:
        lines.append("# publisher: not found; add `publisher: Name` (ideally a name from registry/outlets.yaml)")
    if b.author:
        lines += _field("author", b.author, "inferred from the byline")
    else:
        lines.append("# author: no named author found; add `author: Name` if the article names one")
    lines += _field("language", b.language, "inferred from the text (BCP 47 code)")
    if "url" in given:
        lines += _field("url", given["url"], "given with --url or --fetch")
    elif b.url:
        lines += _field("url", b.url, "inferred from the page's metadata")
    else:
        lines.append("# url: not known; add `url: https://...` (the original address) if you have it")
    # Left out, so the build keeps finding them: an `actors:` list replaces what the text names (and an empty
    # one says "no actors"), which a draft must not decide for the editor.
    found = ", ".join(b.actors) or "none"
    lines.append(
        "# actors found in the text, found again by every build (an `actors` list would replace them): "
        + comment_line(found, 400)
    )
    lines += _events(b)
    lines += _field("body_format", "text", "keep: the body below is the article verbatim, shown as written (no Markdown)")
    return lines


def _events(b: Briefing) -> list[str]:
    lines = [f"# Events found (for review; not frontmatter fields): {len(b.events)}"]
    for e in b.events[:EVENT_LIMIT]:
        lines.append(f"#   {e.date or 'undated'} ({e.date_basis}){' planned' if e.planned else ''}: {comment_line(e.summary)}")
    if len(b.events) > EVENT_LIMIT:
        lines.append(f"#   ... and {len(b.events) - EVENT_LIMIT} more")
    names = ", ".join(c.name for c in b.candidates)
    lines.append(f"# Candidate actors (not in registry/actors.yaml; add those that matter): {comment_line(names or 'none', 400)}")
    return lines


def review_points(b: Briefing, given: dict[str, str]) -> list[str]:
    title_note = "made from the first sentence: write a real title" if b.title_basis == "derived" else "check it"
    points = [f"title: '{b.title}' ({title_note})"]
    points.append(f"published: {b.published.date or 'not found (null): set it if the article states a date'}")
    if "publisher" not in given:
        points.append(f"publisher: {b.publisher or 'not found: add it'}")
    points.append(f"author: {b.author or 'not found'}")
    points.append(f"language: {b.language}")
    if "url" not in given:
        points.append(f"url: {b.url or 'not known: add the original address'}")
    points.append(f"actors: {', '.join(b.actors) or 'none found'}")
    points.append(f"{len(b.events)} events found (listed as comments in the frontmatter)")
    if b.candidates:
        points.append(f"{len(b.candidates)} candidate actors not in the registry: {', '.join(c.name for c in b.candidates)}")
    points.append("grade it: add `reliability: {source: A-F, credibility: 1-6}` once reviewed (see docs/editors.md)")
    return points


def target_path(b: Briefing, sources: Path) -> Path:
    slug = slugify(b.title, max_length=60, word_boundary=True) or "source"
    return sources / f"{b.published.date or 'undated'}-{slug}.md"


Progress = Callable[[list[Path]], Iterable[Path]]


def duplicates_of(b: Briefing, project: Project, url: str | None, progress: Progress | None = None) -> list[str]:
    """Existing sources with the same article text or the same URL as the draft."""
    key, address = text_key(b.source), url_key(url)
    found = []
    files = list(source_files(project.sources))
    for path in progress(files) if progress else files:
        try:
            other: Source = load_source(path, project.root)
        except (SourceError, ValueError):  # a broken source is `briefing check`'s business, not a duplicate
            continue
        other_url = url_key(other.frontmatter.get("url") or other.header.get("url"))
        if text_key(other) == key:
            found.append(f"{other.path} has the same article text")
        elif address and other_url == address:
            found.append(f"{other.path} has the same url ({url})")
    return found


def make_draft(path: Path, project: Project, given: dict[str, str], origin: str | None = None) -> tuple[Draft, Briefing]:
    """The drafted file for `path`; raises SourceError for an input that cannot become a source."""
    body, _ = article_text(path)
    b = infer(path, project)
    text = "---\n" + "\n".join(frontmatter_lines(b, given, origin or path.name)) + "\n---\n" + body
    draft = Draft(target_path(b, project.sources), text, review_points(b, given))
    _check_loads(draft)
    return draft, b


def _check_loads(draft: Draft) -> None:
    """The draft must read back through the loader exactly as `briefing check` will read it."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "sources" / draft.path.name
        copy.parent.mkdir()
        copy.write_text(draft.text, encoding="utf-8")
        load_source(copy, Path(tmp))


def write_draft(draft: Draft) -> None:
    """Create the file; refuse to replace an existing one (mode 'x')."""
    draft.path.parent.mkdir(parents=True, exist_ok=True)
    with draft.path.open("x", encoding="utf-8", newline="\n") as out:
        out.write(draft.text)
