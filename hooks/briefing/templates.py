"""The Jinja environment the pages are rendered with, its filters, and the YAML frontmatter on top of each page.

Templates live in `templates/`; Jinja escapes every value (autoescape), and an undefined name is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from .assess import SEVERITIES
from .model import Briefing, Event
from .text import RTL_LETTERS, direction, display_date, relative_url, safe_url

TEMPLATES = Path(__file__).parent / "templates"
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when built in: the same YAML, 4x faster, once per page
BASIS_LABELS = {
    "stated": "stated",
    "inferred-year": "year inferred",
    "relative": "relative date",
    "year-unknown": "year not stated",
    "unresolved": "unresolved",
}
PUBLISHED_BASIS_LABELS = {
    "metadata": "read from the page",
    "header": "read from the page's date line",
    "dateline": "read from the dateline",
    "updated-line": "the page's 'updated' date: it states no other",
}


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(
        url=relative_url,
        safe_url=safe_url,
        dir=direction,
        language_name=language_name,
        display_date=display_date,
        basis_label=lambda b: BASIS_LABELS.get(b, b),
        published_basis_label=lambda b: PUBLISHED_BASIS_LABELS.get(b, b),
        in_date_order=in_date_order,
        event_number=event_number,
        notes_sort_key=notes_sort_key,
        isolate_quotes=isolate_quotes,
        of_kind=of_kind,
    )
    env.globals.update(gloss=gloss)
    return env


QUOTED = re.compile(r"“([^“”]+)”")
RTL_RUN = re.compile(f"[{RTL_LETTERS}](?:[^()“”\\[\\]{{}}:;,.!?\\n]*[{RTL_LETTERS}])?")


def isolate_quotes(text: str) -> Markup:
    """A sentence of the build's own with what it quotes in `<bdi>` (`_isolated`), made once per text in a process: the
    same chronology labels and notes recur on hundreds of pages (40,000 calls making the 1,000 briefing pages of
    `bench/generate.py`, a sixth of their time)."""
    return _isolated(str(text))


@lru_cache(maxsize=1 << 16)
def _isolated(text: str) -> Markup:
    """A sentence of the build's own (a reliability note, an entry's label) with what it quotes or names of the
    sources in `<bdi>`: a quoted title, and any other run of right-to-left words (an Arabic outlet in parentheses).
    Left in the sentence's run, an Arabic title or outlet takes the words and dates after it into its
    right-to-left order ("“…” (وكالة …): 2025-01-01" read as "01-01-2025")."""
    parts = QUOTED.split(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(Markup("“<bdi>%s</bdi>”") % part)
            continue
        end = 0
        for run in RTL_RUN.finditer(part):
            out += [escape(part[end : run.start()]), Markup("<bdi>%s</bdi>") % run.group()]
            end = run.end()
        out.append(escape(part[end:]))
    return Markup("").join(out)


def of_kind(links: Iterable[Any], kind: str) -> list[Any]:
    """The links of one kind (`link.Backlink.kind`), in their order: what `selectattr("kind", "equalto", kind)` gives,
    without a Jinja test call per link (a tenth of the time making a briefing page that 30 pages link to)."""
    return [link for link in links if link.kind == kind]


def gloss(b: Briefing, event: Event | None = None) -> Any:
    """The editor's English gloss of a briefing (a mapping: title, summary, events) or of one of its events (text)."""
    written = b.source.frontmatter.get("gloss", {})
    if event is None:
        return written
    return written.get("events", {}).get(event_number(event))


def event_number(event: Event) -> str:
    """ "e3": how the events table numbers an event, and how a gloss names it."""
    return event.id.rpartition("-")[2]


def in_date_order(events: Iterable[Event]) -> list[Event]:
    """Events oldest first, as the text's order would scramble them (a story often opens with the latest);
    a date without its year ("--10-03") comes after, by month and day, and an unresolved one last, in text order."""
    return sorted(events, key=lambda e: (e.date is None, e.yearless is None, e.date or e.yearless or ""))


def notes_sort_key(counted: dict[str, list[tuple[str, int]]]) -> str:
    """Sorts the most serious first: fewer high notes, then fewer medium... (ascending sort, so counts are inverted)."""
    return "".join(f"{999 - sum(n for _, n in counted.get(s, [])):03d}" for s in SEVERITIES)


def language_name(code: str) -> str:
    try:
        return Locale("en").languages.get(code.split("-")[0], code)
    except (ValueError, TypeError):
        return code


def frontmatter(meta: dict[str, Any]) -> str:
    return "---\n" + yaml.dump(meta, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False) + "---\n\n"
