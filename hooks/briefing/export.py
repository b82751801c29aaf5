"""Machine-readable exports under `site/api/`: the same facts the pages show, as JSON.

Each export has a JSON Schema in `schemas/`; the README documents the fields. Every export (these,
the iCalendar file and the feed) is listed once, in `exports.EXPORTS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .assess import Assessment, Grade
from .link import ChronologyEntry
from .model import Briefing, Event
from .registry import Actor
from .site import Site
from .textstore import Stored, TextStore

if TYPE_CHECKING:
    from .exports import ExportSettings


def briefing_record(b: Briefing, assessment: Assessment | None = None) -> dict[str, Any]:
    return {
        "id": b.id,
        "source": b.source.path,
        "title": b.title,
        "path": b.path,
        "published": b.published.date or b.published.yearless,
        "published_basis": b.published.basis,
        "published_estimate": b.published.estimate,
        "publisher": b.publisher,
        "author": b.author,
        "language": b.language,
        "url": b.url,
        "actors": list(b.actors),
        "events": [e.id for e in b.events],
        "reliability": reliability_record(b, assessment),
    }


def reliability_record(b: Briefing, a: Assessment | None) -> dict[str, Any]:
    """The editor's grade (null parts: not yet graded) beside the build's suggestion and notes."""
    grade = a.grade if a else Grade.of(b.reliability)
    return {
        "source": grade.source,
        "credibility": grade.credibility,
        "suggested_credibility": a.suggested_credibility if a else None,
        "suggested_reason": a.suggested_reason if a else None,
        "notes": [n.as_dict() for n in a.notes] if a else [],
        "editor_notes": list(grade.notes),
        "reviewed_by": grade.reviewed_by,
        "reviewed_on": grade.reviewed_on,
    }


def event_record(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "briefing": e.briefing,
        "date": e.iso_date,
        "date_end": e.date_end,
        "precision": e.precision,
        "date_basis": e.date_basis,
        "calendar": e.calendar,
        "basis_reason": e.basis_reason,
        "date_text": e.date_text,
        "planned": e.planned,
        "summary": e.summary,
        "quote": e.quote,
        "actors": list(e.actors),
    }


def named_by(site: Site) -> dict[str, list[str]]:
    """Actor id -> the briefings that name it."""
    briefings_of: dict[str, list[str]] = {}
    for b in site.briefings:
        for actor in b.actors:
            briefings_of.setdefault(actor, []).append(b.id)
    return briefings_of


def actor_record(a: Actor, briefings: list[str]) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "aliases": {lang: list(names) for lang, names in a.aliases.items()},
        "path": a.path,
        "briefings": briefings,
        "detected": a.detected,
    }


def candidate_records(site: Site) -> list[dict[str, Any]]:
    by_name: dict[str, dict[str, Any]] = {}
    for b in site.briefings:
        for c in b.candidates:
            entry = by_name.setdefault(c.name, {"name": c.name, "sources": [], "occurrences": []})
            # one source per briefing, its candidates together: a source already listed is the last one (a name
            # thousands of sources hold made searching the whole list cost seconds at 10,000 sources)
            if not entry["sources"] or entry["sources"][-1] != b.source.path:
                entry["sources"].append(b.source.path)
            entry["occurrences"].append({"briefing": b.id, "source": b.source.path, "sentence": c.quote})
    return sorted(by_name.values(), key=lambda c: (-len(c["sources"]), c["name"]))


def chronology_records(site: Site) -> list[dict[str, Any]]:
    """The merged chronology: each entry with its member events, sources and conflicts."""
    return [make() for _, _, make in chronology_pieces(site)]


def chronology_pieces(site: Site) -> Iterator[Piece]:
    sources = {b.id: b.source.path for b in site.briefings}
    for e in site.links.entries:
        found = [sources[b] for b in e.briefings]
        yield e.id, (e, found), partial(chronology_record, e, found)


def chronology_record(e: ChronologyEntry, sources: list[str]) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date or e.yearless,
        "precision": e.precision,
        "basis": e.basis,
        "planned": e.planned,
        "summary": e.summary,
        "label": e.label,
        "path": e.path,
        "events": list(e.events),
        "briefings": list(e.briefings),
        "sources": sources,
        "corroboration": e.corroboration,
        "actors": list(e.actors),
        "kinds": list(e.kinds),
        "conflicts": [{"dates": {d: list(ids) for d, ids in c.dates.items()}} for c in e.conflicts],
    }


def briefings_json(site: Site, settings: ExportSettings) -> Iterator[bytes]:
    pieces = ((b.id, (b, a := site.assessments.get(b.id)), partial(briefing_record, b, a)) for b in site.briefings)
    return json_array(kept_lines("briefings", pieces))


def events_json(site: Site, settings: ExportSettings) -> Iterator[bytes]:
    pieces = ((e.id, (e,), partial(event_record, e)) for b in site.briefings for e in b.events)
    return json_array(kept_lines("events", pieces))


def actors_json(site: Site, settings: ExportSettings) -> Iterator[bytes]:
    briefings_of = named_by(site)
    actors = (a for a in site.registry.actors.values() if a.id in briefings_of)
    pieces = ((a.id, (a, found := briefings_of[a.id]), partial(actor_record, a, found)) for a in actors)
    return json_array(kept_lines("actors", pieces))


def candidates_json(site: Site, settings: ExportSettings) -> Iterator[bytes]:
    return json_records(candidate_records(site))


def chronology_json(site: Site, settings: ExportSettings) -> Iterator[bytes]:
    return json_array(kept_lines("chronology", chronology_pieces(site)))


RECORD = json.JSONEncoder(ensure_ascii=False)  # without indent: json's C encoder, several times faster


def json_records(records: Iterable[Any]) -> Iterator[bytes]:
    """A JSON array, one record per line: streamed (at 10,000 sources briefings.json is a few hundred MB),
    and easy to read, grep and diff."""
    return json_array(encoded(record) for record in records)


def encoded(record: Any) -> bytes:
    return RECORD.encode(record).encode("utf-8")


CHUNK = 1 << 18  # bytes of records joined into one chunk: a chunk per record cost a copy and a write each (30,000 an
# export at 3,000 sources), a chunk per export the memory of the whole (briefings.json: hundreds of MB at 10,000)


def json_array(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The records' lines (each one encoded record) as a JSON array, one record per line, in chunks of about CHUNK."""
    yield b"["
    batch: list[bytes] = []
    size, separator = 0, b"\n"
    for line in lines:
        batch.append(line)
        size += len(line)
        if size >= CHUNK:
            yield separator + b",\n".join(batch)
            batch, size, separator = [], 0, b",\n"
    if batch:
        yield separator + b",\n".join(batch)
    yield b"\n]\n"


Piece = tuple[str, tuple[object, ...], Callable[[], Any]]  # a record's key in its export, what it is made from, its maker
_kept: dict[str, dict[str, tuple[tuple[object, ...], Stored]]] = {}  # export -> key -> (what its record was made from, line)
_lines = TextStore()  # ... the lines, on disk: in memory they were as big as the exports (28 MB at 2,000 sources)
_keeping = False


@contextmanager
def keeping(keep: bool, folder: Path | None = None) -> Iterator[None]:
    """Exports written meanwhile keep their records' lines for the next build (a preview's), on disk in `folder`
    (None: the system's temporary folder), or not (a build's)."""
    global _keeping, _lines
    _keeping, _lines.folder = keep, folder
    try:
        yield
    finally:
        _keeping = False
        if keep:
            _compact()
        else:
            _kept.clear()
            _lines = TextStore()


def _compact() -> None:
    """The lines no record holds any longer leave the store once they are most of it."""
    wanted = {f"{export}\0{key}": kept[1] for export, records in _kept.items() for key, kept in records.items()}
    moved = _lines.compact(wanted)
    if moved is not wanted:
        for export, records in _kept.items():
            _kept[export] = {key: (kept[0], moved[f"{export}\0{key}"]) for key, kept in records.items()}


def kept_lines(export: str, pieces: Iterable[Piece]) -> Iterator[bytes]:
    """Each record's line, the one made by the last build of this process (`mkdocs serve`) when what it is made
    from is the same: encoding is most of an export's cost, and an edit of one source changes a few records. An
    unchanged source's briefing, events and assessment are the very objects the last build had (and are kept alive
    here), so most compare at once."""
    if not _keeping:
        yield from (encoded(make()) for _, _, make in pieces)
        return
    last, now = _kept.get(export, {}), {}
    with _lines.reading() as read:
        for key, inputs, make in pieces:
            old = last.pop(key, None)
            if old is not None and _same(old[0], inputs):
                now[key] = (inputs, old[1])
                yield read(old[1])
            else:
                line = encoded(make())
                now[key] = (inputs, _lines.put_bytes(line))
                yield line
    _kept[export] = now


def _same(old: tuple[object, ...], new: tuple[object, ...]) -> bool:
    """Tuples' own equality: it takes an item that is the very same object as equal at once, in C (a generator
    doing so was a Python step per item of 73,000 records an edit at 10,000 sources)."""
    return old == new
