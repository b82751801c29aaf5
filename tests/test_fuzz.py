"""Fuzzing: whatever a source or a registry holds, the build gives a page or an error naming the file,
never a traceback, within a time that grows linearly with the input's size.

Hypothesis generates sources (.txt, .md, .html; frontmatter of every type; control, bidi and surrogate
characters; deep nesting; repeated structures up to hundreds of KB), registry entries and file names,
with a fixed seed (`derandomize`), so CI runs the same inputs every time. The load and extract stages run
on each input (what a build does per source); a few real MkDocs builds close the loop. The number of
inputs is FUZZ_EXAMPLES (2,000 by default, the share of each test below, and 3 builds); `make fuzz` runs
20,000 (and 20 builds).
"""

from __future__ import annotations

import html
import os
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from briefing.errors import SourceError
from briefing.load import FIELDS
from briefing.registry import Registry, load_actors, load_outlets
from conftest import assert_a_page_or_an_error_per_file, page_or_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TOTAL = int(os.environ.get("FUZZ_EXAMPLES", "2000"))
SHARES = {"sources": 0.55, "frontmatter": 0.25, "registry": 0.15, "sizes": 0.05}  # of TOTAL; plus the builds


def fuzz(share: str, **kwargs: object) -> settings:
    examples = max(1, round(TOTAL * SHARES[share]))
    return settings(
        max_examples=examples,
        derandomize=True,  # a fixed seed: the same inputs on every run
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        **kwargs,  # type: ignore[arg-type]
    )


# Characters that broke builds or may: controls (C0, C1), bidi overrides, lone surrogates, non-characters,
# line and paragraph separators, CR, NUL, a byte order mark, and the characters of markup.
NASTY = (
    "\x00\x01\x07\x0b\x0c\x1b\x7f\x85\x9f\u200b\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029\ud800\udfff\ufeff\ufffe\uffff\r"
)
NASTY += "<>&\"'`/\\{}[]*_#|!:-"
WORDS = ["Qatar", "NATO", "Doha", "United States", "قطر", "الناتو", "signed", "met", "on", "in", "the", "agreement", "officials"]
DATES = ["5 January 2018", "29 February", "31 June 2020", "June 5", "last month", "2019", "2023-02-29", "March 2024", "9999"]
TEXT = st.text(alphabet=st.one_of(st.characters(codec=None), st.sampled_from(NASTY)), max_size=300) | st.lists(
    st.sampled_from(WORDS + DATES + list(NASTY)), max_size=60
).map(" ".join)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | TEXT | st.dates().map(str) | st.sampled_from(DATES)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4), max_leaves=10
)
KEYS = st.sampled_from([*FIELDS, "auther", "reliability", "actors"]) | TEXT
FRONTMATTER = st.dictionaries(KEYS, VALUES, max_size=8)
BODY = TEXT | st.lists(st.sampled_from(WORDS + DATES), min_size=5, max_size=80).map(lambda w: " ".join(w) + ".")


def encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", errors="surrogatepass")
    return text.encode(how, errors="replace")


def md_file(fields: dict, body: str, newline: str) -> str:
    try:
        front = yaml.safe_dump(fields, allow_unicode=True)
    except (yaml.YAMLError, ValueError):  # a value YAML cannot write: the raw repr, which YAML then parses as it can
        front = repr(fields)
    return ("---\n" + front + "---\n" + body).replace("\n", newline)


def html_file(title: str, body: str, attributes: int) -> str:
    extra = " ".join(f"data-a{n}='{n}'" for n in range(attributes))
    return (
        f"<html><head><title>{html.escape(title)}</title></head><body><article {extra}>"
        f"<h1>{title}</h1><p>{body}</p><p>{html.escape(body)}</p></article></body></html>"
    )


SOURCES = st.one_of(
    st.tuples(st.just(".txt"), TEXT, st.sampled_from(["utf-8", "utf-16", "utf-32"])).map(lambda t: (t[0], encode(t[1], t[2]))),
    st.tuples(st.just(".txt"), st.binary(max_size=400)),
    st.builds(
        lambda f, b, nl, enc: (".md", encode(md_file(f, b, nl), enc)),
        FRONTMATTER,
        BODY,
        st.sampled_from(["\n", "\r\n", "\r"]),
        st.sampled_from(["utf-8", "utf-16"]),
    ),
    st.tuples(st.just(".md"), st.builds(lambda y, b: f"---\n{y}\n---\n{b}", TEXT, BODY)).map(
        lambda t: (t[0], encode(t[1], "utf-8"))
    ),
    st.builds(lambda t, b, n: (".html", encode(html_file(t, b, n), "utf-8")), TEXT, BODY, st.integers(0, 40)),
)


def outcome(name: str, data: bytes) -> str:
    """`page_or_error`, in CPU time linear in the file's size: a guard against inputs that make a stage
    quadratic, counted in this process's CPU seconds so that a busy machine does not fail it. A first reading
    over time is read again: the first text in a language builds that language's date words once (seconds), which
    says nothing about the input; a quadratic stage is as slow the second time."""
    limit = 2.0 + len(data) / 10_000  # 2 s for anything small, then 100 µs a byte (10 s per 100 KB)
    for _ in range(2):
        started = time.process_time()
        result = page_or_error(name, data)
        elapsed = time.process_time() - started
        if elapsed < limit:
            return result
    raise AssertionError(f"{name}: {len(data)} bytes took {elapsed:.1f} s of CPU, twice")


@fuzz("sources")
@given(source=SOURCES)
def test_any_source_is_a_page_or_a_named_error(source: tuple[str, bytes]) -> None:
    suffix, data = source
    outcome(f"fuzzed{suffix}", data)


@fuzz("frontmatter")
@given(fields=FRONTMATTER, body=BODY)
def test_any_frontmatter_is_a_page_or_a_named_error(fields: dict, body: str) -> None:
    outcome("fuzzed.md", encode(md_file(fields, body, "\n"), "utf-8"))


# Repeated structures: the inputs that were quadratic (attributes, tags, nesting, aliases) at sizes up to
# a few hundred KB. Each must finish within the linear bound of `outcome`.
UNITS = {
    "tags": lambda n: (
        f"---\ntags: [{', '.join(f't{i}' for i in range(n))}]\n---\nQatar and NATO met in Doha on 5 January 2018.\n"
    ),
    "nesting": lambda n: "---\ntitle: " + "[" * n + "\n---\nText.\n",
    "mapping": lambda n: "---\n" + "{a: " * n + "\n---\nText.\n",
    "attributes": lambda n: html_file("Title", "Qatar and NATO met in Doha on 5 January 2018.", n),
    "dates": lambda n: "Dated\n" + " ".join(f"Qatar met NATO on {i % 28 + 1} June {1900 + i % 200}." for i in range(n)),
    "lines": lambda n: "Lines\n" + "Doha.\n" * n,
    "long-line": lambda n: "Long\n" + "Qatar NATO Doha " * n,
    "md-brackets": lambda n: "---\ntitle: t\n---\n" + ("[" * (n % 60) + "x\n\n") * (n // 60 + 1),
    "md-lists": lambda n: "---\ntitle: t\n---\n" + ("- " * (n % 60) + "x\n") * (n // 60 + 1),
    "md-quotes": lambda n: "---\ntitle: t\n---\n" + "".join(">" * (i % 60) + " x\n" for i in range(n)),
    "md-indent": lambda n: "---\ntitle: t\n---\n" + "".join(" " * (4 * (i % 60)) + "- x\n" for i in range(n)),
    "md-emphasis": lambda n: "---\ntitle: t\n---\n" + "*_`<" * n,
    "aliases": lambda n: (
        "---\na: &a [x]\n"
        + "".join(
            f"a{i}: &a{i} [*{'a' if i == 0 else f'a{i - 1}'}, *{'a' if i == 0 else f'a{i - 1}'}]\n" for i in range(min(n, 60))
        )
        + "---\nText.\n"
    ),
}


@fuzz("sizes")
@given(unit=st.sampled_from(sorted(UNITS)), n=st.integers(1, 30_000))
def test_repeated_structures_take_linear_time(unit: str, n: int) -> None:
    suffix = ".html" if unit == "attributes" else ".md" if UNITS[unit](1).startswith("---") else ".txt"
    outcome(f"{unit}{suffix}", UNITS[unit](n).encode("utf-8"))


ENTRY_KEYS = st.sampled_from(["id", "name", "kind", "aliases", "roles", "stands_for", "except_after", "organisation", "from"])
ENTRY = st.dictionaries(ENTRY_KEYS | TEXT, VALUES, max_size=6) | st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z]{1,8}", fullmatch=True), "name": TEXT, "kind": st.sampled_from(["state", "person", "place"])},
    optional={"aliases": VALUES, "roles": VALUES, "stands_for": VALUES},
)


@fuzz("registry")
@given(actors=st.lists(ENTRY, max_size=5), outlets=st.lists(ENTRY, max_size=3), text=BODY)
def test_any_registry_is_read_or_refused_by_entry(actors: list, outlets: list, text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        found = {}
        for key, entries, loader in (("actors", actors, load_actors), ("outlets", outlets, load_outlets)):
            path = Path(tmp) / f"{key}.yaml"
            path.write_text(yaml.safe_dump({key: entries}, allow_unicode=True), encoding="utf-8", errors="surrogatepass")
            try:
                found[key], problems = loader(path, f"registry/{key}.yaml")
            except SourceError as exc:  # the whole file refused (malformed YAML, no list): named
                assert exc.problem.path == f"registry/{key}.yaml"
                found[key], problems = {}, [exc.problem]
            assert all(p.path == f"registry/{key}.yaml" and p.message for p in problems)
            assert len(found[key]) + len(problems) >= len(found[key])
        registry = Registry(found["actors"], found["outlets"])
        for match in registry.find(text):  # the registry that loaded matches text without failing
            assert match.actor in found["actors"]
        registry.outlet_for(text)


NAMES = st.text(alphabet=st.characters(blacklist_characters="/\x00", codec="utf-8"), min_size=1, max_size=40).filter(
    lambda n: n not in (".", "..") and not n.startswith(".") and len(n.encode()) < 200
)


@settings(
    max_examples=max(3, TOTAL // 1000), derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(files=st.lists(st.tuples(NAMES, SOURCES), min_size=2, max_size=6, unique_by=lambda f: f[0].casefold()))
def test_real_builds_give_a_page_or_an_error_per_file(files: list, tmp_path_factory: pytest.TempPathFactory) -> None:
    tmp = tmp_path_factory.mktemp("fuzz-build")
    sources: dict[str, str | bytes] = {f"{name}{suffix}": data for name, (suffix, data) in files}
    assert_a_page_or_an_error_per_file(tmp, sources)
