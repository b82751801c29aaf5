"""The data that flows between stages: Source -> Briefing -> Site.

Every stage returns frozen dataclasses so that a later stage can never change what an
earlier one found; the render stage only reads.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, TypeVar

T = TypeVar("T", bound=type)


class PickledWithoutCache:
    """Pickled without what its cached properties made: they are made again, when read, in the process
    that loads it (and are often most of its size)."""

    def __getstate__(self) -> dict[str, object]:
        made = {name for name, value in vars(type(self)).items() if isinstance(value, cached_property)}
        return {name: value for name, value in self.__dict__.items() if name not in made}


def pickled_as_fields(cls: T | None = None, *, interned: tuple[str, ...] = ()) -> Any:
    """Pickle instances as (class, field values): a frozen slotted dataclass's own state is a list made
    for each instance, which the pickler keeps until it ends (millions of them in a large site model),
    and is restored field by field in Python; this one is made again by one call to the class.

    `interned`: fields holding texts that recur across a site's sources (actor ids, the words naming them, kinds).
    Each source's extraction is pickled apart (cache.py), so every source unpickled its own copy of each: 64 mentions
    a source at 1,000 generated sources, 193 distinct texts, 4 MB. Unpickled, such a field (or each text of a tuple
    field) is the process's one copy of its text (`sys.intern`); equal values, as before."""

    def decorate(cls: T) -> T:
        names = tuple(f.name for f in fields(cls))
        positions = tuple(names.index(name) for name in interned)

        def __reduce__(self: object) -> tuple[Any, tuple[Any, ...]]:
            values = tuple([getattr(self, name) for name in names])
            return (_unpickled_interned, (cls, positions, values)) if positions else (cls, values)

        cls.__reduce__ = __reduce__
        return cls

    return decorate if cls is None else decorate(cls)


def _unpickled_interned(cls: type, positions: tuple[int, ...], values: tuple[Any, ...]) -> Any:
    made = list(values)
    for position in positions:
        made[position] = _interned(made[position])
    return cls(*made)


def _interned(value: Any) -> Any:
    """A text (or a tuple's texts) as the process's one copy of it; anything else as it is."""
    if type(value) is str:
        return sys.intern(value)
    if type(value) is tuple:
        return tuple([sys.intern(item) if type(item) is str else item for item in value])
    return value


@pickled_as_fields(interned=("kind",))
@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph or heading of the article text, as it will be shown."""

    kind: str  # "paragraph" | "heading"
    text: str


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Removed:
    """A line taken out of the body as page furniture, kept so a reader can audit it."""

    text: str
    reason: str


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Source:
    """One file of `sources/`, read and cleaned, nothing inferred yet."""

    path: str  # relative to the repository root, e.g. "sources/x.txt"
    format: str  # "txt" | "md" | "html"
    digest: str  # sha256 of the file's bytes
    blocks: tuple[Block, ...]
    removed: tuple[Removed, ...]
    header: dict[str, Any]  # what the page's own header lines / HTML metadata say
    frontmatter: dict[str, Any]  # what the editor wrote; always wins
    body_markdown: str | None = None  # the editor's Markdown body (.md with body_format markdown)
    field_lines: dict[str, int] = field(default_factory=dict)  # frontmatter field -> line in the file


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class DateValue:
    """A date at the precision the text gives: "2018", "2018-01" or "2018-01-05"."""

    value: str

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.value)]

    @property
    def year(self) -> int:
        return int(self.value[:4])


@pickled_as_fields(interned=("actor", "text", "via"))
@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in the text: block index and character span in that block."""

    actor: str
    block: int
    start: int
    end: int
    text: str
    via: str | None = None  # set when this actor is implied by another's name ("Doha" for Qatar)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Sentence:
    block: int
    start: int
    end: int
    text: str


@pickled_as_fields(interned=("date_basis", "actors"))
@dataclass(frozen=True, slots=True)
class Event:
    id: str
    briefing: str
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when no year is known
    date_basis: str  # "stated" | "inferred-year" | "relative" | "year-unknown" | "unresolved"
    basis_reason: str
    date_text: str  # the words in the text that carry the date
    planned: bool
    summary: str
    quote: str
    actors: tuple[str, ...]
    sentence: Sentence
    anchored_on_estimate: bool = False  # the date hangs on an estimated anchor
    yearless: str | None = None  # "--10-03" or "--10": the month (and day) stated when no year is known
    date_end: str | None = None  # the last day of a range ("3 and 4 October 2022"), at the date's precision
    calendar: str | None = None  # "hijri" or "persian" when the text's date was converted to the Gregorian one
    weekday: int | None = None  # 0 (Monday) .. 6: the weekday the text names beside a stated day ("Wednesday, 5 March")

    @property
    def precision(self) -> str | None:
        if self.date:
            return DateValue(self.date).precision
        return {4: "month", 7: "month-day"}.get(len(self.yearless or ""))

    @property
    def iso_date(self) -> str | None:
        """The date as exported: ISO 8601, year-less ("--10-03") when no year is known."""
        return self.date or self.yearless


@pickled_as_fields(interned=("name",))
@dataclass(frozen=True, slots=True)
class Candidate:
    """A name that looks like an actor but is not in the registry."""

    name: str
    quote: str


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class DetectedActor:
    """A person or organisation no registry lists, found by the shape of the text (detect.py)."""

    id: str
    name: str  # canonical where the text allows it (Latin script), else as written
    kind: str  # "person" | "organisation"
    language: str  # of the source it was found in
    aliases: tuple[str, ...]  # the words the source names it with
    quotes: tuple[str, ...]  # sentences it was found in (a few)
    acronym: str | None = None
    aliases_by_language: dict[str, tuple[str, ...]] = field(default_factory=dict)  # across sources, once merged

    def merged(self, other: DetectedActor) -> DetectedActor:
        """This actor with the names and sentences another source gives it."""
        by_language = dict(self.aliases_by_language)
        by_language[other.language] = tuple(dict.fromkeys([*by_language.get(other.language, ()), *other.aliases]))
        latin = self.name if self.name.isascii() or not other.name.isascii() else other.name
        return DetectedActor(
            self.id,
            latin,
            self.kind,
            self.language,
            self.aliases,
            tuple(dict.fromkeys(self.quotes + other.quotes))[:8],
            self.acronym or other.acronym,
            by_language,
        )


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Published:
    date: str | None
    basis: str  # "frontmatter" | "metadata" | "header" | "dateline" | "updated-line" | "not-stated"
    estimate: str | None = None  # "not before" date when not stated
    estimate_reason: str = ""
    stated_as: str | None = None  # the line of the text it was read from
    yearless: str | None = None  # "--11-04": a dateline's day and month when it states no year ("DOHA, Nov. 4 (QNA)")


@pickled_as_fields(interned=("title_basis", "language", "tags", "actors"))
@dataclass(frozen=True, slots=True)
class Briefing:
    """A source with everything the build inferred about it (frontmatter applied)."""

    id: str  # the slug; also the page name under briefings/
    source: Source
    title: str
    title_basis: str  # "frontmatter" | "metadata" | "header" | "derived"
    summary: str | None
    lede: str | None
    published: Published
    publisher: str | None
    author: str | None
    language: str
    url: str | None
    tags: tuple[str, ...]
    actors: tuple[str, ...]  # actor ids, first-mention order
    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
    candidates: tuple[Candidate, ...]
    reliability: dict[str, Any] = field(default_factory=dict)  # editor's grade, validated
    detected: tuple[DetectedActor, ...] = ()  # people and organisations no registry lists (actors.py)
    state_names_read: frozenset[str] = frozenset()  # the states whose registry name detection read (registry_edit.py)

    @property
    def path(self) -> str:
        return f"briefings/{self.id}/"
