"""Every bad input an editor can commit is reported with its file and line, and loses nothing else.

One synthetic project holds good sources and one file per bad input. It is checked once with
`briefing check` and built twice with the real MkDocs: non-strict (every other source still becomes a
page) and strict (the build fails, logging the same message `briefing check` prints).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from briefing.cli import main
from briefing.load import MAX_BYTES
from click.testing import CliRunner
from conftest import build_project, make_project, read_json
from mkdocs.exceptions import Abort

ARTICLE = (
    "{title}\n"
    "Published: {date}\n"
    "{sentence} officials from Qatar and NATO met in Doha on March 4, 2024 to discuss training and the liaison office.\n"
    "The talks covered joint exercises, crisis management and energy security, according to a statement.\n"
)


def article(title: str, sentence: str, date: str = "March 5, 2024") -> str:
    return ARTICLE.format(title=title, sentence=sentence, date=date)


def md(frontmatter: str, body: str) -> str:
    return f"---\n{frontmatter}---\n{body}"


ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcde", "bcdef", strict=True)
)
GOOD = {
    "good-one.txt": article("Qatar and NATO discuss training", "Senior"),
    "good-two.md": md(
        "title: Gulf partners meet\npublished: 2024-03-06\nurl: https://example.org/gulf-partners\n", article("x", "Junior")
    ),
    "nested/good-three.txt": article("Doha hosts a security dialogue", "Visiting"),
    # the first of each duplicate pair is a good source too: only the later file is in error
    "dup-text-a.txt": article("A story told twice", "Several"),
    "dup-url-a.md": md("url: https://example.org/story\n", article("The first article at an address", "Some")),
    "dup-slug-a.md": md("title: Same title\npublished: 2024-01-02\n", article("x", "Naval")),
}


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str | bytes]
    expected: str  # the start of the line `briefing check` prints and the build logs
    phrase: str  # what the message must go on to say (how to fix it)


CASES = [
    Case(
        "encoding",
        {"latin1.txt": b"Caf\xe9 talks\nQatar and NATO met in Doha for long talks on training and security.\n"},
        "sources/latin1.txt:1: error: not UTF-8 (byte 0xe9 at offset 3)",
        "re-save the file as UTF-8",
    ),
    Case(
        "encoding-later-line",
        {"latin1-line3.txt": b"Title line here\nSecond line of text.\nThird line: caf\xe9.\n"},
        "sources/latin1-line3.txt:3: error: not UTF-8 (byte 0xe9",
        "re-save the file as UTF-8",
    ),
    Case("empty", {"empty.txt": " \n\n"}, "sources/empty.txt: error: empty file", "a source needs article text"),
    Case(
        "binary",
        {"binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        "sources/binary.txt: error: binary file (contains NUL bytes)",
        "UTF-8 text",
    ),
    Case(
        "unsupported-type",
        {"photo.png": b"not really a png"},
        "sources/photo.png: error: unsupported file type '.png'",
        "use .txt, .md or .html",
    ),
    Case(
        "malformed-frontmatter",
        {"malformed.md": md("title: Talks\nsummary: [unclosed, list\nauthor: Someone\n", article("x", "Many"))},
        "sources/malformed.md:4: error: malformed frontmatter: expected ',' or ']'",
        "(while parsing a flow sequence on line 3)",
    ),
    Case(
        "unclosed-frontmatter",
        {"unclosed.md": "---\ntitle: Talks\n" + article("x", "Many")},
        "sources/unclosed.md:1: error: frontmatter starts with '---' but has no closing '---' line",
        "closing",
    ),
    Case(
        "unknown-field",
        {"unknown-field.md": md("title: Talks\nauther: Someone\n", article("x", "Few"))},
        "sources/unknown-field.md:3: error: unknown frontmatter field 'auther'",
        "did you mean 'author'?",
    ),
    Case(
        "wrong-type",
        {"wrong-type.md": md("title: Talks\ntags: {topic: security}\n", article("x", "Two"))},
        "sources/wrong-type.md:3: error: field 'tags' must be a list of texts, not dict",
        "not dict",
    ),
    Case(
        "grade-G",
        {"grade-g.md": md("title: Graded talks\nreliability: {source: G, credibility: 2}\n", article("x", "Three"))},
        "sources/grade-g.md:3: error: field 'reliability': source grade 'G' must be a letter A-F",
        "A-F",
    ),
    Case(
        "credibility-7",
        {"credibility-7.md": md("title: Credible talks\nreliability:\n  source: B\n  credibility: 7\n", article("x", "Four"))},
        "sources/credibility-7.md:3: error: field 'reliability': credibility '7' must be a number 1-6",
        "1-6",
    ),
    # Every problem of a file at once, each on its line: the grades (one field, both named), then the language.
    Case(
        "every-error-of-a-file-grades",
        {
            "bad-values.md": md(
                "title: Bad talks\nreliability:\n  source: G\n  credibility: 9\nlanguage: russian\n", article("x", "Ten")
            )
        },
        "sources/bad-values.md:3: error: field 'reliability': source grade 'G' must be a letter A-F",
        "credibility '9' must be a number 1-6",
    ),
    Case(
        "every-error-of-a-file-language",
        {},
        "sources/bad-values.md:6: error: field 'language': 'russian' is not a language code",
        "such as en",
    ),
    # ... and an unknown actor id in a file refused for another field (checked against the registry all the same)
    Case(
        "every-error-of-a-file-field",
        {"bad-and-unknown.md": md("title: Odd talks\nlanguage: russian\nactors: [natto]\n", article("x", "Eleven"))},
        "sources/bad-and-unknown.md:3: error: field 'language': 'russian' is not a language code",
        "such as en",
    ),
    Case(
        "every-error-of-a-file-actor",
        {},
        "sources/bad-and-unknown.md:4: error: actor 'natto' is not in registry/actors.yaml",
        "did you mean 'nato'?",
    ),
    Case(
        "impossible-date",
        {"bad-date.md": md("title: Dated talks\npublished: 2023-02-31\n", article("x", "Five"))},
        "sources/bad-date.md:3: error: field 'published': '2023-02-31' is not a real date",
        "day is out of range",
    ),
    Case(
        "bad-language",
        {"bad-language.md": md("title: Spoken talks\nlanguage: English\n", article("x", "Seven"))},
        "sources/bad-language.md:3: error: field 'language': 'English' is not a language code",
        "such as en, ar or en-GB",
    ),
    Case(
        "unknown-actor",
        {"unknown-actor.md": md("title: Actor talks\nactors: [qatar, natto]\n", article("x", "Six"))},
        "sources/unknown-actor.md:3: error: actor 'natto' is not in registry/actors.yaml",
        "did you mean 'nato'?",
    ),
    Case(
        "duplicate-text",
        {"dup-text-b.txt": article("A story told twice", "Several")},
        "sources/dup-text-b.txt: error: same article text as sources/dup-text-a.txt",
        "keep one file",
    ),
    Case(
        "duplicate-url",
        {"dup-url-b.md": md("title: Another story\nurl: https://EXAMPLE.org/story/\n", article("x", "Other"))},
        "sources/dup-url-b.md:3: error: same url as sources/dup-url-a.md",
        "correct `url:`",
    ),
    Case(
        "duplicate-slug",
        {"dup-slug-b.md": md("published: 2024-01-02\ntitle: Same title\n", article("x", "Army"))},
        "sources/dup-slug-b.md:3: error: duplicate slug '2024-01-02-same-title'",
        "distinct `title:`",
    ),
    Case(
        "bad-slug",
        {"bad-slug.md": md("title: Addressed talks\nslug: Talks in Doha!\n", article("x", "Twelve"))},
        "sources/bad-slug.md:3: error: field 'slug': 'Talks in Doha!' is not a page address",
        "such as 'talks-in-doha'",
    ),
    Case(
        "duplicate-slug-field",
        {"dup-slug-c.md": md("title: Third title\nslug: 2024-01-02-same-title\n", article("x", "Navy"))},
        "sources/dup-slug-c.md:3: error: duplicate slug '2024-01-02-same-title' (from its `slug:`)",
        "distinct `title:` or `slug:`",
    ),
    Case(
        "oversize",
        {"huge.txt": "Big talk.\n" + "Qatar and NATO met again in Doha. " * (MAX_BYTES // 34 + 10)},
        "sources/huge.txt: error: file is 5.2 MB, over the 5 MiB limit for a source",
        "limit",
    ),
    Case("symlink-outside", {}, "sources/escape.txt: error: points outside sources/", "sources must be files inside sources/"),
    Case(
        "control-character-in-name",
        {"bell\x07name.txt": article("A bell in the name", "Ringing")},
        "sources/bell\\x07name.txt: error: the file name holds a control or bidi-override character",
        "rename the file",
    ),
    Case(
        "bidi-override-in-name",  # shown as "txt.lmth" reversed: a name that lies about its type
        {"\u202eevil.txt": article("A reversed name", "Mirrored")},
        "sources/\\u202eevil.txt: error: the file name holds a control or bidi-override character",
        "rename the file",
    ),
    Case("non-utf8-name", {}, "sources/caf\\xe9.txt: error: the file name is not UTF-8", "rename the file"),
    Case("fifo", {}, "sources/pipe.txt: error: not a regular file (a pipe, socket or device)", "sources must be files"),
    Case(
        "deep-list",
        {"deep-list.md": md("title: " + "[" * 1000 + "\n", article("x", "Deep"))},
        "sources/deep-list.md:2: error: malformed frontmatter: nested more than 50 levels deep",
        "nested",
    ),
    Case(
        "deep-mapping",
        {"deep-map.md": md("{a: " * 5000 + "\n", article("x", "Deeper"))},
        "sources/deep-map.md:2: error: malformed frontmatter: nested more than 50 levels deep",
        "nested",
    ),
    Case(
        "alias-bomb",
        {"bomb.md": md(ALIAS_BOMB + "tags: *f\n", article("x", "Exploding"))},
        "sources/bomb.md:7: error: malformed frontmatter: more than 100,000 values",
        "an alias *name counts its values again each time",
    ),
    Case(
        "duplicate-key",
        {"dup-key.md": md("title: First title\nauthor: A\ntitle: Second title\n", article("x", "Twin"))},
        "sources/dup-key.md:4: error: malformed frontmatter: duplicate key 'title'",
        "keep one",
    ),
    Case(
        "too-many-tags",
        {"many-tags.md": md("tags: [" + ", ".join(f"t{n}" for n in range(1001)) + "]\n", article("x", "Tagged"))},
        "sources/many-tags.md:2: error: field 'tags': 1,001 items; at most 1,000",
        "at most",
    ),
    Case(
        "many-attributes",
        {"attributes.html": "<html><body><article><p " + " ".join(f"a{n}=1" for n in range(5000)) + ">Text.</p></article>"},
        "sources/attributes.html:1: error: an HTML element with more than 1,000 attributes",
        "not a saved article",
    ),
    Case(
        "markdown-nesting",  # Python-Markdown ran out of stack at a few hundred levels: the whole build failed
        {"nested-list.md": md("title: Nested list\n", article("x", "Listed") + "\n" + "- " * 300 + "item\n")},
        "sources/nested-list.md:9: error: Markdown lists or quotes nested more than 50 levels deep",
        "nested",
    ),
    Case(
        "markdown-brackets",  # quadratic: 40,000 "[" took minutes
        {"brackets.md": md("title: Brackets\n", article("x", "Bracketed") + "\n" + "[" * 20_000 + "\n")},
        "sources/brackets.md:9: error: more than 50 '[' in one Markdown paragraph",
        "opens no link",
    ),
    Case(
        "reviewed-by-list",
        {"reviewed.md": md("title: Reviewed talks\nreliability:\n  reviewed_by: [A, B]\n", article("x", "Eight"))},
        "sources/reviewed.md:3: error: field 'reliability': 'reviewed_by' must be a text, not list",
        "reviewed_by",
    ),
    Case(
        "duplicate-text-txt-md",  # the same article saved as .txt (dup-text-a.txt) and as .md
        {"dup-text-c.md": md("title: A story told twice\n", article("x", "Several").split("\n", 2)[2])},
        "sources/dup-text-c.md: error: same article text as sources/dup-text-a.txt",
        "keep one file",
    ),
    Case(
        "overlapping-aliases",
        {},
        "registry/actors.yaml:{alias}: error: alias 'Qatari' of 'qatar-copy' is also an alias of 'qatar'",
        "an alias may name one actor only",
    ),
    Case(
        "stands-for-list",
        {},
        "registry/actors.yaml:{stands_list}: error: actor entry: field 'stands_for.actor' must be a text, not a list",
        "(entry 'doha-list')",
    ),
    Case(
        "stands-for-text",
        {},
        "registry/actors.yaml:{stands_text}: error: actor entry: field 'stands_for' must be a mapping, not a text",
        "(entry 'doha-text')",
    ),
    Case(
        "aliases-text",
        {},
        "registry/actors.yaml:{aliases_text}: error: actor entry: field 'aliases.en' must be a list, not a text",
        "(entry 'qatar-airways')",
    ),
    Case(
        "role-organisation-list",
        {},
        "registry/actors.yaml:{role_list}: error: actor entry: field 'roles.0.organisation' must be a text, not a list",
        "(entry 'emir-x')",
    ),
    Case(
        "role-organisation-unknown",
        {},
        "registry/actors.yaml:{role_unknown}: error: actor 'emir-y': organisation 'qatr' of role 'Emir' is not an actor id",
        "use an id from registry/actors.yaml",
    ),
    Case(
        "outlet-state-unknown",
        {},
        "registry/outlets.yaml:{state_unknown}: error: outlet 'state-typo': state 'rusia' is not an actor id",
        "use an id from registry/actors.yaml",
    ),
    Case(
        "outlet-state-list",
        {},
        "registry/outlets.yaml:{state_list}: error: outlet entry: field 'state' must be a text, not a list",
        "(entry 'state-list')",
    ),
    Case(
        "actor-duplicate-id",
        {},
        "registry/actors.yaml:{actor_twice}: error: actor entry: duplicate id 'israel' (first at line 24)",
        "duplicate id",
    ),
    Case(
        "outlet-duplicate-id",
        {},
        "registry/outlets.yaml:{outlet_twice}: error: outlet entry: duplicate id 'sputnik' (first at line 6)",
        "duplicate id",
    ),
]
# Registry entries appended to the copies' registries, each with the name of its line in the messages.
EXTRA_ACTORS = {
    "alias": "  - id: qatar-copy\n    name: Qatar Copy\n    kind: state\n    aliases: {en: [Qatari]}\n",
    "stands_list": "  - id: doha-list\n    name: Doha List\n    kind: place\n    stands_for: {actor: [qatar]}\n",
    "stands_text": "  - id: doha-text\n    name: Doha Text\n    kind: place\n    stands_for: qatar\n",
    "aliases_text": "  - id: qatar-airways\n    name: Qatar Airways\n    kind: organisation\n    aliases: {en: QR Airline}\n",
    "role_list": "  - id: emir-x\n    name: Emir X\n    kind: person\n    roles: [{title: Emir, organisation: [qatar]}]\n",
    "role_unknown": "  - id: emir-y\n    name: Emir Y\n    kind: person\n    roles: [{title: Emir, organisation: qatr}]\n",
    "actor_twice": "  - id: israel\n    name: Israel Again\n    kind: state\n",
}
EXTRA_OUTLETS = {
    "state_list": "  - id: state-list\n    name: State List Outlet\n    state: [qatar]\n",
    "state_unknown": "  - id: state-typo\n    name: State Typo Outlet\n    affiliation: state-affiliated\n    state: rusia\n",
    "outlet_twice": "  - id: sputnik\n    name: Sputnik Again\n",
}


@dataclass
class Outcome:
    root: Path
    check_text: list[str]
    check_json: dict
    check_status: int
    site: Path  # the non-strict build
    strict_log: list[str]
    strict_failed: bool
    lines: dict[str, int]  # the line of each registry entry appended (EXTRA_ACTORS, EXTRA_OUTLETS)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _build_logged(root: Path, site: Path, strict: bool) -> tuple[list[str], bool]:
    handler = _Collect()
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        build_project(root, site, strict=strict)
        failed = False
    except Abort:
        failed = True
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
    return handler.lines, failed


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outcome]:
    tmp = tmp_path_factory.mktemp("bad")
    files: dict[str, str | bytes] = dict(GOOD)
    for case in CASES:
        files.update(case.files)
    root = make_project(tmp, files)
    (root / "outside.txt").write_text(article("Outside the sources", "Secret"), encoding="utf-8")
    (root / "sources" / "escape.txt").symlink_to(root / "outside.txt")
    os.mkfifo(root / "sources" / "pipe.txt")  # read, it would block the build for ever
    with open(os.fsencode(root / "sources") + b"/caf\xe9.txt", "wb") as latin1_name:
        latin1_name.write(article("A Latin-1 file name", "Accented").encode())
    lines: dict[str, int] = {}
    for name, extra in (("actors.yaml", EXTRA_ACTORS), ("outlets.yaml", EXTRA_OUTLETS)):
        registry = root / "registry" / name
        line = len(registry.read_text(encoding="utf-8").splitlines()) + 1
        with registry.open("a", encoding="utf-8") as out:
            for key, entry in extra.items():
                lines[key] = line
                line += entry.count("\n")
                out.write(entry)
    runner = CliRunner()
    text = runner.invoke(main, ["--root", str(root), "check"])
    as_json = runner.invoke(main, ["--root", str(root), "check", "--format", "json"])
    site = tmp / "site"
    _build_logged(root, site, strict=False)
    strict_log, strict_failed = _build_logged(root, tmp / "strict-site", strict=True)
    assert text.exception is None or isinstance(text.exception, SystemExit), text.output
    yield Outcome(
        root, text.stdout.splitlines(), json.loads(as_json.stdout), text.exit_code, site, strict_log, strict_failed, lines
    )


def _expected(case: Case, outcome: Outcome) -> str:
    return case.expected.format(**outcome.lines)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_check_names_file_and_line(case: Case, outcome: Outcome) -> None:
    expected = _expected(case, outcome)
    found = [line for line in outcome.check_text if line.startswith(expected)]
    assert len(found) == 1, f"{expected!r} not printed once by briefing check:\n" + "\n".join(outcome.check_text)
    assert case.phrase in found[0]
    assert outcome.check_status == 1  # any error fails the check


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_strict_build_fails_with_the_same_message(case: Case, outcome: Outcome) -> None:
    assert outcome.strict_failed
    printed = next(line for line in outcome.check_text if line.startswith(_expected(case, outcome)))
    assert printed in outcome.strict_log


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_non_strict_build_keeps_every_other_source(case: Case, outcome: Outcome) -> None:
    records = {r["source"]: r for r in read_json(outcome.site, "api/briefings.json")}  # type: ignore[union-attr]
    bad = {f"sources/{name}" for name in case.files}
    should_build = set(GOOD) - set(case.files)
    for name in should_build:
        path = f"sources/{name}"
        assert path in records, f"{path} lost while {case.name} was in the build"
        assert (outcome.site / records[path]["path"] / "index.html").is_file()
    for path in bad:  # a file with an error yields that error and no page (README), a duplicate's later copy too
        assert path not in records, path


def test_json_format_has_the_same_findings(outcome: Outcome) -> None:
    report = outcome.check_json
    as_text = [
        f"{p['path']}:{p['line']}: {p['severity']}: {p['message']}"
        if p["line"]
        else f"{p['path']}: {p['severity']}: {p['message']}"
        for p in report["problems"]
    ]
    assert as_text == outcome.check_text
    assert report["errors"] == sum(p["severity"] == "error" for p in report["problems"]) >= len(CASES)


def test_nothing_else_is_reported(outcome: Outcome) -> None:
    """Only the planted problems are errors: the good sources raise none."""
    errors = [line for line in outcome.check_text if ": error: " in line]
    expected = {_expected(c, outcome) for c in CASES}
    unexpected = [line for line in errors if not any(line.startswith(e) for e in expected)]
    assert unexpected == []
