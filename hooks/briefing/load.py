"""Stage 1: read every file of `sources/` into a `Source`, or a `SourceError` naming the file.

`.txt` is raw scraped text; `.md` is YAML frontmatter (the editor's word, validated here) over a
body; `.html` is a saved page whose text and metadata trafilatura extracts.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from . import safeyaml
from .clean import clean_lines
from .errors import Problem, SourceError
from .model import Source
from .safetext import safe_text

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MAX_BYTES = 5 * 1024 * 1024
MAX_ITEMS = 1000  # items in one frontmatter list (tags, actors, notes): every page lists them all
MAX_ATTRIBUTES = 1000  # attributes on one HTML element: HTML parsers check each new one against the others
# UTF-32 first: its little-endian mark starts with UTF-16's
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
GRADES_SOURCE = "ABCDEF"


class SourceYAML(frontmatter.YAMLHandler):
    """python-frontmatter's YAML split with YAML's own end marker (`...`) allowed as the closing line and only
    `---` (not `----`) as a boundary, and the project's loader (limits, line numbers: safeyaml.py)."""

    FM_BOUNDARY = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)

    def load(self, fm: str, **kwargs: object) -> tuple[Any, int]:
        return safeyaml.load(fm)


SOURCE_YAML = SourceYAML()


def split_frontmatter(text: str) -> tuple[str, str] | None:
    """The YAML between a first line `---` and the next `---` (or `...`) line, and the body under it; None
    when the text has no frontmatter. The YAML starts on line 2 of the file."""
    if not SOURCE_YAML.FM_BOUNDARY.match(text) or not text.startswith("---"):
        return None
    try:
        yaml_text, body = SOURCE_YAML.split(text)
    except ValueError:  # no closing line
        return None
    return yaml_text.removeprefix("\n"), body.removeprefix("\n")


def _text(value: Any) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise TypeError("a text")
    return str(value).strip()


def _text_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in value):
        raise TypeError("a list of texts")
    if len(value) > MAX_ITEMS:
        raise ValueError(f"{len(value):,} items; at most {MAX_ITEMS:,}")
    return [_text(v) for v in value]


def parse_date(value: Any) -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` that names a real date; ValueError otherwise."""
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ValueError(f"'{text}' is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)")
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a real date ({exc})") from None
    return text


def _optional_date(value: Any) -> str | None:
    return None if value is None or value == "" else parse_date(value)


def _language(value: Any) -> str:
    code = _text(value)
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", code):
        raise ValueError(f"'{code}' is not a language code: use a BCP 47 code such as en, ar or en-GB")
    return code


def _body_format(value: Any) -> str:
    if value not in ("markdown", "text"):
        raise ValueError(f"'{value}' is not a body format: use markdown or text")
    return value


def _reliability(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("a mapping with source, credibility, notes, reviewed_by, reviewed_on")
    unknown = set(value) - {"source", "credibility", "notes", "reviewed_by", "reviewed_on"}
    if unknown:
        raise ValueError(f"unknown key '{sorted(unknown)[0]}' (known: source, credibility, notes, reviewed_by, reviewed_on)")
    grade = _grades(value)
    for key, read in (("notes", _text_list), ("reviewed_by", _text)):
        if value.get(key) is not None:
            try:
                grade[key] = read(value[key])
            except TypeError as exc:  # name the sub-field: "reliability must be a text" misleads
                raise ValueError(f"'{key}' must be {exc}, not {type(value[key]).__name__}") from None
    if value.get("reviewed_on") is not None:
        grade["reviewed_on"] = parse_date(value["reviewed_on"])
    return grade


def _grades(value: dict[str, Any]) -> dict[str, Any]:
    """The source grade and the credibility; a problem with either names both, so one check shows them all."""
    grade: dict[str, Any] = {}
    wrong = []
    for key, read in (("source", _source_grade), ("credibility", _credibility)):
        try:
            if value.get(key) is not None:
                grade[key] = read(value[key])
        except ValueError as exc:
            wrong.append(str(exc))
    if wrong:
        raise ValueError("; ".join(wrong))
    return grade


def _source_grade(value: Any) -> str:
    letter = str(value).strip().upper()
    if len(letter) != 1 or letter not in GRADES_SOURCE:
        raise ValueError(f"source grade '{value}' must be a letter A-F")
    return letter


def _credibility(number: Any) -> int:
    if isinstance(number, bool) or str(number).strip() not in {str(n) for n in range(1, 7)}:
        raise ValueError(f"credibility '{number}' must be a number 1-6")
    return int(str(number).strip())


GLOSS_KEYS = ("title", "summary", "events")


def _gloss(value: Any) -> dict[str, Any]:
    """An editor's English gloss of a source in another language: its title, its summary or lede, and
    events by number as the page numbers them (e1, e2...), each shown beside the original words."""
    if not isinstance(value, dict):
        raise TypeError("a mapping with title, summary, events")
    unknown = sorted(str(k) for k in set(value) - set(GLOSS_KEYS))
    if unknown:
        raise ValueError(f"unknown key '{unknown[0]}' (known: {', '.join(GLOSS_KEYS)})")
    gloss: dict[str, Any] = {key: _text(value[key]) for key in ("title", "summary") if value.get(key) is not None}
    events = value.get("events") or {}
    if not isinstance(events, dict):
        raise ValueError("events must be a mapping of event number to gloss, such as e1: The two ministers met.")
    for key in events:
        if not re.fullmatch(r"e[1-9]\d*", str(key)):
            raise ValueError(f"event '{key}' is not an event number such as e1 (the events table shows each one's)")
    if events:
        gloss["events"] = {str(k): _text(v) for k, v in events.items()}
    return gloss


# Every field an editor may write, with the function that validates and normalises it.
FIELDS = {
    "title": _text,
    "summary": _text,
    "published": _optional_date,
    "publisher": _text,
    "author": _text,
    "language": _language,
    "url": _text,
    "actors": _text_list,
    "tags": _text_list,
    "reliability": _reliability,
    "body_format": _body_format,
    "gloss": _gloss,
}


def _field_line(yaml_text: str, name: str) -> int:
    """1-based line of `name:` in the file (the frontmatter starts on line 2)."""
    for number, line in enumerate(yaml_text.splitlines(), start=2):
        if re.match(rf"{re.escape(name)}\s*:", line):
            return number
    return 1


def read_frontmatter(path: str, text: str) -> tuple[dict[str, Any], str, dict[str, int], int]:
    """Split `text` into validated frontmatter, body, the line of each frontmatter field and the number
    of unsafe characters its strings lost."""
    split = split_frontmatter(text)
    if split is None:
        if text.startswith("---"):
            raise SourceError(Problem(path, "frontmatter starts with '---' but has no closing '---' line", 1))
        return {}, text, {}, 0
    yaml_text, body = split
    try:
        raw, replaced = SOURCE_YAML.load(yaml_text)
        raw = {} if raw is None else raw
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        start = exc.context_mark
        # YAML notices an unclosed bracket or quote lines later: say where the construct began
        where = f" ({exc.context} on line {start.line + 2})" if exc.context and start and mark and start.line != mark.line else ""
        raise SourceError(Problem(path, f"malformed frontmatter: {exc.problem or exc}{where}", line)) from None
    except yaml.reader.ReaderError as exc:  # a control character YAML refuses; not a MarkedYAMLError
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        line = yaml_text[: exc.position].count("\n") + 2
        message = f"malformed frontmatter: character U+{ord(char):04X} is not allowed in YAML: delete it"
        raise SourceError(Problem(path, message, line)) from None
    if not isinstance(raw, dict):
        raise SourceError(Problem(path, "frontmatter must be a mapping of field: value", 2))
    fields: dict[str, Any] = {}
    problems = [problem for name, value in raw.items() if (problem := _read_field(path, yaml_text, str(name), value, fields))]
    if problems:  # every field's problem at once, not only the first
        raise SourceError(*problems)
    return fields, body, {name: _field_line(yaml_text, name) for name in fields}, replaced


def _read_field(path: str, yaml_text: str, name: str, value: Any, fields: dict[str, Any]) -> Problem | None:
    """Validate one frontmatter field into `fields`, or the problem with it."""
    line = _field_line(yaml_text, name)
    if name not in FIELDS:
        close = difflib.get_close_matches(name, FIELDS, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f"; known fields: {', '.join(FIELDS)}"
        return Problem(path, f"unknown frontmatter field '{name}'{hint}", line)
    try:
        fields[name] = FIELDS[name](value)
    except TypeError as exc:
        return Problem(path, f"field '{name}' must be {exc}, not {type(value).__name__}", line)
    except ValueError as exc:
        return Problem(path, f"field '{name}': {exc}", line)
    return None


def decode(path: str, data: bytes) -> tuple[str, int]:
    """The file's text made safe (safetext.py), and how many characters that removed or replaced.
    UTF-8, or UTF-16/32 when a byte order mark says so (Windows editors save "Unicode" that way)."""
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        message = "binary file (contains NUL bytes): sources must be UTF-8 text (or UTF-16/32 with a byte order mark)"
        raise SourceError(Problem(path, message))
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        name = encoding.upper() if encoding else "UTF-8"
        message = f"not {name} (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save the file as UTF-8"
        raise SourceError(Problem(path, message, line)) from None
    text, replaced = safe_text(text)
    if not text.strip():
        raise SourceError(Problem(path, "empty file: a source needs article text"))
    return text, replaced


def load_source(path: Path, root: Path) -> Source:
    """Read one source file; raise SourceError naming it if it cannot become a page."""
    rel = path.relative_to(root).as_posix()
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(Problem(rel, f"unsupported file type '{path.suffix}': use .txt, .md or .html"))
    try:
        data = path.read_bytes()
    except OSError as exc:  # a directory, a dangling link, no permission: the editor must still hear of it
        reason = exc.strerror or str(exc)
        raise SourceError(Problem(rel, f"cannot read this file ({reason}): sources must be readable files")) from None
    if len(data) > MAX_BYTES:
        raise SourceError(Problem(rel, f"file is {len(data) / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MiB limit for a source"))
    text, replaced = decode(rel, data)
    original = text
    digest = hashlib.sha256(data).hexdigest()
    frontmatter: dict[str, Any] = {}
    header: dict[str, Any] = {}
    body_markdown = None
    field_lines: dict[str, int] = {}
    if fmt == "html":
        lines, header = html_lines(rel, text)
    else:
        if fmt == "md":
            frontmatter, text, field_lines, in_yaml = read_frontmatter(rel, text)
            replaced += in_yaml
            if not text.strip():
                raise SourceError(Problem(rel, "the body under the frontmatter is empty: a source needs article text"))
        lines = text.splitlines()
    cleaned = clean_lines(lines, author=frontmatter.get("author") or header.get("author"))
    header = {**cleaned.header, **{k: v for k, v in header.items() if v}}
    if replaced:
        header["unsafe_characters"] = replaced  # reported by `briefing check` (validate.advisories)
    if fmt == "md" and frontmatter.get("body_format", "markdown") == "markdown":
        _check_markdown(rel, text, first_line=original.count("\n") - text.count("\n") + 1)
        body_markdown = text
    if not cleaned.blocks and body_markdown is None:
        raise SourceError(Problem(rel, "no article text left once header and page furniture were set apart"))
    return Source(
        rel, fmt, digest, tuple(cleaned.blocks), tuple(cleaned.removed), header, frontmatter, body_markdown, field_lines
    )


MAX_NESTING = 50  # lists and quotes in a Markdown body: Python-Markdown recurses (and slows) with each level
MAX_INDENT = 4 * MAX_NESTING  # columns: each level of a nested list is indented four more
MAX_BRACKETS = 50  # "[" in one paragraph: Python-Markdown looks for the end of a link from each one
UNESCAPED_BRACKET = re.compile(r"(?<!\\)\[")
CONTAINERS = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*")


def _check_markdown(path: str, body: str, first_line: int) -> None:
    """Refuse the Markdown that Python-Markdown renders in quadratic time or not at all (RecursionError)."""
    brackets, paragraph_line = 0, first_line
    for number, line in enumerate(body.split("\n"), start=first_line):
        prefix = CONTAINERS.match(line)[0]  # type: ignore[index]
        levels = prefix.count(">") + len(re.findall(r"[-*+]|\d{1,9}[.)]", prefix.replace(">", "")))
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
        if levels > MAX_NESTING or indent > MAX_INDENT:
            raise SourceError(Problem(path, f"Markdown lists or quotes nested more than {MAX_NESTING} levels deep", number))
        if not line.strip():
            brackets, paragraph_line = 0, number + 1
        brackets += len(UNESCAPED_BRACKET.findall(line))
        if brackets > MAX_BRACKETS:
            message = f"more than {MAX_BRACKETS} '[' in one Markdown paragraph: write '\\[' for a bracket that opens no link"
            raise SourceError(Problem(path, message, paragraph_line))


TAG = re.compile(r"<[A-Za-z][^>]*>")
ATTRIBUTE = re.compile(r"""\s[^\s"'>/=]+""")


def _check_attributes(path: str, html: str) -> None:
    """Refuse an element with thousands of attributes: parsing it takes time growing with their square."""
    for tag in TAG.finditer(html):
        if tag.end() - tag.start() > MAX_ATTRIBUTES * 2 and len(ATTRIBUTE.findall(tag.group())) > MAX_ATTRIBUTES:
            line = html.count("\n", 0, tag.start()) + 1
            message = f"an HTML element with more than {MAX_ATTRIBUTES:,} attributes: not a saved article"
            raise SourceError(Problem(path, message, line))


CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*(\d{1,10}));?")


def _unsafe_reference(match: re.Match[str]) -> str:
    """`&#7;` and the like stand for characters safetext.py removes: one made lxml drop the whole page."""
    code = int(match[1], 16) if match[1] else int(match[2])
    return "" if code > 0x10FFFF or safe_text(chr(code))[1] else match[0]


def html_lines(path: str, html: str) -> tuple[list[str], dict[str, Any]]:
    import trafilatura  # here, not at the top: a build from the cache reads no HTML, and the import costs 0.1 s

    _check_attributes(path, html)
    html = CHARACTER_REFERENCE.sub(_unsafe_reference, html)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise SourceError(Problem(path, "no article text could be extracted from this HTML page"))
    header = {
        "title": doc.title,
        "author": doc.author,
        "published_text": doc.date,
        "site_name": doc.sitename,
        "url": doc.url,
        "hostname": doc.hostname,
    }
    lines = doc.text.splitlines()
    if doc.title and lines and lines[0].strip() == doc.title.strip():
        lines = lines[1:]
    return lines, header


def source_files(sources_dir: Path) -> Iterator[Path]:
    """Everything under `sources/` but folders, in a stable order (a FIFO or socket too, to be refused
    by name); dotfiles (.gitkeep) are not sources."""
    for path in sorted(sources_dir.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(sources_dir).parts):
            continue
        if path.is_symlink() or not path.is_dir():
            yield path


UNSAFE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(name: str) -> str:
    """A file name as it can be printed: undecodable bytes and control characters as escapes."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return UNSAFE_NAME.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


def check_inside(path: Path, sources_dir: Path, root: Path) -> None:
    """Refuse a name that is not UTF-8 text or holds control or bidi-override characters (it would reach
    pages, exports and terminals), a symlink that leads outside `sources/`, and anything but a regular
    file (a FIFO would block the build for ever once read)."""
    rel = path.relative_to(root).as_posix()
    if UNSAFE_NAME.search(rel):
        why = "is not UTF-8" if re.search("[\ud800-\udfff]", rel) else "holds a control or bidi-override character"
        raise SourceError(Problem(printable(rel), f"the file name {why}: rename the file"))
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        rel = path.relative_to(root).as_posix()
        raise SourceError(Problem(rel, "symlink loop: replace the link with the file itself")) from None
    if not target.is_relative_to(sources_dir.resolve()):
        rel = path.relative_to(root).as_posix()
        raise SourceError(Problem(rel, f"points outside sources/ (to '{target}'): sources must be files inside sources/"))
    if target.exists() and not target.is_file() and not target.is_dir():
        rel = path.relative_to(root).as_posix()
        raise SourceError(Problem(rel, "not a regular file (a pipe, socket or device): sources must be files"))
