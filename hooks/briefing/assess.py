"""Stage "assess": how far to trust each briefing.

The editor's Admiralty grade (frontmatter; never invented) stands beside the checks the build makes
itself. Each check is a `Note` with a stable code, a one-line message and the evidence quoted from
the source or the registries. The checks work from the text, the registries, the cue lists in
`data/` and the chronology of the link stage: nothing here knows a particular source.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from babel import Locale

from . import safeyaml
from .link import outlet_key
from .model import Briefing, Event, Mention, Sentence
from .registry import TOKEN, Actor, Registry, Role, fold, normalise
from .scripts import ARABIC_FOLD

if TYPE_CHECKING:
    from .link import ChronologyEntry, Links

DATA = Path(__file__).parent / "data"
SOURCE_LABELS = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY_LABELS = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}
# Every code with its severity, most serious first: notes are shown in this order.
CODES = {
    "anachronism": "high",
    "date-conflict": "high",
    "weekday-mismatch": "medium",
    "state-affiliated": "medium",
    "hedged": "medium",
    "single-source": "medium",
    "no-date": "medium",
    "translated": "low",
    "no-author": "low",
    "relative-dates": "low",
    "furniture": "info",
    "corroborated": "info",
}
DESCRIPTIONS = {
    "anachronism": "A person is given a title on a date outside their tenure in the actor registry.",
    "date-conflict": "Another source places the same event at an incompatible date.",
    "weekday-mismatch": "A date is given with a weekday it did not fall on: the day or the weekday is wrong.",
    "state-affiliated": "The outlet is affiliated with a state, according to the outlet registry.",
    "hedged": 'Claims are hedged or attributed to no one ("reportedly", "observers anticipate", "بحسب مصادر").',
    "single-source": "No other source reports the source's dated events.",
    "no-date": "The publication date is not stated; the estimate, if any, is shown.",
    "translated": "The text is not in the site's language, or says it is a translation.",
    "no-author": "No person is named as the author.",
    "relative-dates": "Some dates were resolved against an estimated anchor, not a date the source states.",
    "furniture": "How much of the file was set apart as page furniture (menus, captions, prompts).",
    "corroborated": "Other independent sources report the same events: they are listed.",
}
SEVERITIES = ("high", "medium", "low", "info")
LATEST = "9999-12-31"


@dataclass(frozen=True)
class Note:
    code: str
    message: str
    evidence: tuple[str, ...] = ()
    link: str | None = None  # a site page (directory URL, maybe with #anchor) that shows more

    @property
    def severity(self) -> str:
        return CODES[self.code]

    def as_dict(self) -> dict[str, Any]:
        evidence = list(self.evidence)
        return {"code": self.code, "severity": self.severity, "message": self.message, "evidence": evidence, "link": self.link}


@dataclass(frozen=True)
class Grade:
    """The editor's Admiralty grade. A part not given stays None: "not yet graded", read as F or 6."""

    source: str | None = None
    credibility: int | None = None
    notes: tuple[str, ...] = ()
    reviewed_by: str | None = None
    reviewed_on: str | None = None

    @classmethod
    def of(cls, reliability: dict[str, Any]) -> Grade:
        """From the frontmatter `reliability:` mapping, already validated by `load`."""
        return cls(
            reliability.get("source"),
            reliability.get("credibility"),
            tuple(reliability.get("notes", ())),
            reliability.get("reviewed_by"),
            reliability.get("reviewed_on"),
        )

    @property
    def graded(self) -> bool:
        return self.source is not None or self.credibility is not None

    @property
    def source_label(self) -> str:
        if self.source is None:
            return "not yet graded (F: reliability cannot be judged)"
        return f"{self.source} {SOURCE_LABELS[self.source]}"

    @property
    def credibility_label(self) -> str:
        if self.credibility is None:
            return "not yet graded (6: truth cannot be judged)"
        return f"{self.credibility} {CREDIBILITY_LABELS[self.credibility]}"

    @property
    def short(self) -> str:
        """ "B2", "B?" or "not graded", as a table shows it."""
        return f"{self.source or '?'}{self.credibility or '?'}" if self.graded else "not graded"

    @property
    def sort_key(self) -> str:
        return f"{self.source or 'F'}{self.credibility or 6}"


@dataclass(frozen=True)
class Assessment:
    grade: Grade
    notes: tuple[Note, ...]  # most serious first
    suggested_credibility: int
    suggested_reason: str

    @property
    def suggested_label(self) -> str:
        return f"{self.suggested_credibility} {CREDIBILITY_LABELS[self.suggested_credibility]}"

    def count(self, code: str) -> int:
        return sum(n.code == code for n in self.notes)

    @property
    def admonition(self) -> str:
        """Material admonition type: the colour of the most serious note."""
        worst = self.notes[0].severity if self.notes else None
        if worst == "high":
            return "danger"
        return "warning" if worst == "medium" or not self.grade.graded else "info"


@dataclass(frozen=True)
class Context:
    """What every check may read besides the briefing itself."""

    registry: Registry
    language: str  # the site's main language (theme.language)
    briefings: dict[str, Briefing]
    roles: _Roles
    links: Links | None = None
    entries: dict[str, ChronologyEntry] = field(default_factory=dict)  # chronology entries by id


@dataclass(frozen=True)
class _Roles:
    # Role titles as pseudo-actors, so they match exactly as actor names do (case, Arabic prefixes).
    matcher: Registry
    holders: dict[str, tuple[tuple[str, Role], ...]] = field(default_factory=dict)  # alias key -> (person id, role)


def assess_site(briefings: tuple[Briefing, ...], registry: Registry, language: str, links: Links | None = None) -> Assessments:
    entries = {entry.id: entry for entry in links.entries} if links else {}
    return Assessments(Context(registry, language, {b.id: b for b in briefings}, role_index(registry), links, entries))


class Assessments(Mapping[str, Assessment]):
    """Each briefing's assessment by id, in the briefings' order, made when first read: pages read them
    one at a time, so the build never stops to make them all at once (see background.py)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.made: dict[str, Assessment] = {}

    def __getitem__(self, briefing_id: str) -> Assessment:
        if briefing_id not in self.made:
            self.made[briefing_id] = assess(self.ctx.briefings[briefing_id], self.ctx)
        return self.made[briefing_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.ctx.briefings)

    def __len__(self) -> int:
        return len(self.ctx.briefings)

    def known(self, made: Mapping[str, Assessment]) -> dict[str, Assessment]:
        """Assessments made earlier of briefings whose inputs are unchanged (a preview's: memo.py); every
        assessment made, as it fills."""
        self.made.update(made)
        return self.made


def assess(b: Briefing, ctx: Context) -> Assessment:
    notes = [
        *no_date(b),
        *no_author(b),
        *state_affiliated(b, ctx.registry),
        *translated(b, ctx.language),
        *hedged(b),
        *weekday_mismatches(b),
        *anachronisms(b, ctx.registry, ctx.roles),
        *chronology_notes(b, ctx),
        *relative_dates(b),
        *furniture(b),
    ]
    order = list(CODES)
    notes.sort(key=lambda n: order.index(n.code))
    credibility, reason = suggest_credibility(b, notes, ctx)
    return Assessment(Grade.of(b.reliability), tuple(notes), credibility, reason)


# --- checks on the source alone --------------------------------------------------------------


def no_date(b: Briefing) -> list[Note]:
    published = b.published
    if published.date:
        return []
    if published.estimate:
        message = f"Publication date not stated; estimate: not before {published.estimate}, {published.estimate_reason}."
    else:
        message = "Publication date not stated, and the source reports no dated event to estimate it from."
    evidence = [r.text for r in b.source.removed if r.reason.startswith("date line")]
    evidence += [e.quote for e in b.events if published.estimate and e.date == published.estimate][:1]
    return [Note("no-date", message, tuple(evidence))]


def no_author(b: Briefing) -> list[Note]:
    if b.author:
        return []
    bylines = tuple(r.text for r in b.source.removed if r.reason.startswith("byline"))
    extra = ": the byline names no person" if bylines else ""
    return [Note("no-author", f"No named author{extra}.", bylines)]


def state_affiliated(b: Briefing, registry: Registry) -> list[Note]:
    header = b.source.header
    host = urlsplit(b.url).hostname if b.url else None
    hints = [b.publisher, header.get("site_name"), *header.get("credits", []), header.get("credit"), header.get("hostname"), host]
    hint, outlet = next(((h, o) for h in hints if h and (o := registry.outlet_for(h))), (None, None))
    if outlet is None or outlet.affiliation != "state-affiliated":
        return []
    actor = registry.actors.get(outlet.state or "")
    state = actor.name if actor else outlet.state or outlet.country or "a state the registry does not name"
    owner = f": {outlet.ownership}" if outlet.ownership else ""
    quoted = [line for line in _lines(b) if hint and hint in line][:2] or [f"publisher: {hint}"]
    registry_line = f"registry/outlets.yaml: {outlet.name}, affiliation state-affiliated, state {state}"
    message = f"Published by {outlet.name}, affiliated with the state of {state}{owner}."
    return [Note("state-affiliated", message, (*quoted, registry_line))]


def translated(b: Briefing, site_language: str) -> list[Note]:
    language, site = _primary(b.language), _primary(site_language)
    cues = [line for line in _lines(b) if _translation_cue().match(_fold(line, keep_marks=False))]
    if language == site and not cues:
        return []
    parts = []
    if language != site:
        parts.append(f"The text is in {_language_name(language)} ({b.language}); the site's language is {_language_name(site)}")
    if cues:
        parts.append(f"the text says it is a translation into {_language_name(language)}")
    first = [s.text for s in b.sentences[:1]]
    message = "; ".join(parts) + ": names and quotes may differ from the original wording."
    return [Note("translated", message, tuple(cues[:2] + first))]


def hedged(b: Briefing) -> list[Note]:
    patterns = _hedges(_primary(b.language))
    found: list[tuple[str, list[str]]] = []
    for sentence in b.sentences:
        phrases = [m.group() for marked, p in patterns for m in p.finditer(_fold(sentence.text, keep_marks=marked))]
        if phrases:
            found.append((sentence.text, phrases))
    if not found:
        return []
    cues = ", ".join(f"“{p}”" for p in dict.fromkeys(p for _, ps in found for p in ps))
    count = len(found)
    claims = f"{count} sentences state claims" if count > 1 else "1 sentence states a claim"
    message = f"{claims} hedged or attributed to no one ({cues})."
    return [Note("hedged", message, tuple(text for text, _ in found))]


def weekday_mismatches(b: Briefing) -> list[Note]:
    """A stated day beside a weekday it did not fall on ("Wednesday, March 5, 2024" was a Tuesday): a typo, or a
    text copied and re-dated. Only Gregorian days the text states whole: an inferred year was chosen to fit."""
    wrong = [
        (e, day)
        for e in b.events
        if e.weekday is not None and e.date_basis == "stated" and e.calendar is None and e.precision == "day"
        if (day := dt.date.fromisoformat(e.date or "")).weekday() != e.weekday
    ]
    if not wrong:
        return []
    said = "; ".join(
        f"“{e.date_text}” names a {calendar.day_name[e.weekday]}, but {day.day} {calendar.month_name[day.month]} "
        f"{day.year} was a {calendar.day_name[day.weekday()]}"
        for e, day in wrong
    )
    quotes = tuple(dict.fromkeys(e.quote for e, _ in wrong))
    return [Note("weekday-mismatch", f"{said}: the day or the weekday is wrong.", quotes)]


def relative_dates(b: Briefing) -> list[Note]:
    events = [e for e in b.events if e.anchored_on_estimate]
    if not events:
        return []
    resolved = "; ".join(f"“{e.date_text}” read as {e.date} ({e.basis_reason})" for e in events)
    dates = f"{len(events)} dates" if len(events) > 1 else "1 date"
    message = f"{dates} resolved against an estimated anchor, not one the source states: {resolved}."
    return [Note("relative-dates", message, tuple(dict.fromkeys(e.quote for e in events)))]


def furniture(b: Briefing) -> list[Note]:
    removed = [r for r in b.source.removed if "(read as metadata)" not in r.reason]
    if not removed:
        return []
    everything = sum(len(block.text) for block in b.source.blocks) + sum(len(r.text) for r in b.source.removed)
    share = sum(len(r.text) for r in removed) / max(1, everything)
    reasons = ", ".join(f"{reason} ×{n}" if n > 1 else reason for reason, n in Counter(r.reason for r in removed).items())
    count = len(removed)
    message = f"{count} line{'s' if count > 1 else ''} set apart as page furniture ({share:.0%} of the file's text): {reasons}."
    return [Note("furniture", message, tuple(r.text for r in removed[:5]))]


# --- anachronism: a person described in a role outside the tenure the registry records ---------


def role_index(registry: Registry) -> _Roles:
    """Every role alias of a dated role, with the people who held a role it names."""
    holders: dict[str, list[tuple[str, Role]]] = defaultdict(list)
    pseudo: dict[str, Actor] = {}
    for actor in registry.actors.values():
        for role in actor.roles:
            if not (role.start or role.end):
                continue  # no tenure to check against
            for alias in role.aliases:
                key = " ".join(normalise(t) for t in TOKEN.findall(alias))
                holders[key].append((actor.id, role))
                pseudo.setdefault(key, Actor(key, alias, "role", {}))
    return _Roles(Registry(pseudo, {}), {k: tuple(v) for k, v in holders.items()})


def anachronisms(b: Briefing, registry: Registry, roles: _Roles) -> list[Note]:
    # One note per person, date and tenure, quoting every sentence that makes the same slip.
    found: dict[tuple[str, str, str], tuple[list[str], list[str]]] = {}
    reference = _reference(b)
    # Indexed once, so a long source costs one pass, not sentences x mentions.
    people_in: dict[int, list[Mention]] = defaultdict(list)
    for m in b.mentions:
        if m.via is None and registry.actors[m.actor].kind == "person":
            people_in[m.block].append(m)
    events_in: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for e in b.events:
        events_in[(e.sentence.block, e.sentence.start)].append(e)
    for sentence in b.sentences:
        people = [m for m in people_in[sentence.block] if sentence.start <= m.start < sentence.end]
        events = [e for e in events_in[(sentence.block, sentence.start)] if not e.planned]
        when = _sentence_date(events, reference) if people else None
        if when is None:
            continue
        (low, high), said = when
        for person, (title, held) in _described(sentence, people, roles, b.language).items():
            if any(not (high < _span(r.start)[0] or low > _span(r.end, LATEST)[1]) for r in held):
                continue  # inside one of the tenures the title names: two presidencies are both fine
            titles, quotes = found.setdefault((person, said, "; ".join(_tenure(r) for r in held)), ([], []))
            titles.append(f"“{title}”")
            quotes.append(sentence.text)
    notes = []
    for (person, said, tenure), (titles, quotes) in found.items():
        name = registry.actors[person].name
        called = ", ".join(dict.fromkeys(titles))
        message = f"{name} is called {called} on {said}, outside the tenure in the actor registry: {tenure}."
        notes.append(Note("anachronism", message, (*dict.fromkeys(quotes), f"registry/actors.yaml, {name}: {tenure}")))
    return notes


def _reference(b: Briefing) -> tuple[tuple[str, str], str] | None:
    """The date a sentence without its own date is read at: publication date, else the estimate."""
    published = b.published
    if published.date:
        return _span(published.date), f"{published.date}, the publication date"
    if not published.estimate:
        return None
    if any(e.date is None for e in b.events):
        # Some dates could not be resolved, so the source may be much later than its estimate:
        # only "not before" the estimate is known, and only a tenure ended by then is a contradiction.
        return (_span(published.estimate)[0], LATEST), f"a date not before {published.estimate} (the source's estimated date)"
    return _span(published.estimate), f"{published.estimate}, the source's estimated date ({published.estimate_reason})"


def _sentence_date(events: list[Event], reference: tuple[tuple[str, str], str] | None) -> tuple[tuple[str, str], str] | None:
    """The range of days a sentence speaks of: its own (past) dates, else the source's date."""
    if not events:
        return reference  # a person's title in a sentence with no date of its own is read at the source's date
    if any(e.date is None for e in events):
        return None  # the sentence's own date is unknown
    spans = [_span(e.date) for e in events if e.date]
    dates = ", ".join(dict.fromkeys(e.date for e in events if e.date))
    return (min(lo for lo, _ in spans), max(hi for _, hi in spans)), f"{dates}, the date the sentence states"


def _described(sentence: Sentence, people: list[Mention], roles: _Roles, language: str) -> dict[str, tuple[str, list[Role]]]:
    """Each person the sentence gives a role title, with that title and the roles it names."""
    described: dict[str, tuple[str, list[Role]]] = {}
    present = {m.actor for m in people}
    for match in roles.matcher.find(sentence.text):
        if _qualified(sentence.text, match.start, match.end, language):
            continue
        candidates = [(pid, role) for pid, role in roles.holders[match.actor] if pid in present]
        if not candidates:
            continue
        # Two people in the sentence may hold a title of that name: it describes the nearer one.
        nearest = min(
            (m for m in people if m.actor in {pid for pid, _ in candidates}),
            key=lambda m: abs((m.start - sentence.start) - match.start),
        ).actor
        title, held = described.get(nearest, (sentence.text[match.start : match.end], []))
        described[nearest] = (title, held + [r for pid, r in candidates if pid == nearest and r not in held])
    return described


def _qualified(text: str, start: int, end: int, language: str) -> bool:
    """ "former President", "Vice President", "President-elect": not the office itself."""
    cues = _cues()["role_qualifiers"]
    before = re.findall(r"[\w'’-]+", text[:start])
    after = re.match(r"[\s\-]*([\w'’-]+)", text[end:])
    previous = normalise(before[-1].strip("-")) if before else ""
    following = normalise(after.group(1).strip("-")) if after else ""
    lang = _primary(language)
    before_words = {normalise(w) for w in cues["before"].get(lang, [])}
    return previous in before_words or following in {normalise(w) for w in cues["after"].get(lang, [])}


def _span(date: str | None, default: str = "0000-01-01") -> tuple[str, str]:
    """A date at its precision as the range of days it covers ("2021" is all of 2021)."""
    if not date:
        return default, default
    return (date + "-01-01")[:10], date + {4: "-12-31", 7: "-31", 10: ""}[len(date)]  # "-31" is a bound, not a day


def _tenure(role: Role) -> str:
    if role.start and role.end:
        return f"{role.title}, {role.start} to {role.end}"
    return f"{role.title}, from {role.start}" if role.start else f"{role.title}, until {role.end}"


# --- the chronology: corroboration and conflicts between sources ---------------------------------


def chronology_notes(b: Briefing, ctx: Context) -> list[Note]:
    entries = _entries_of(b, ctx)
    notes = [note for entry in entries for note in _conflicts(b, entry, ctx)]
    past = _dated_past(entries)
    if not past:
        return notes
    agreed = [e for e in past if e.corroboration >= 2 and _agreeing(b, e)]
    if agreed:
        others = dict.fromkeys(i for e in agreed for i in _agreeing(b, e) if i in ctx.briefings)
        names = "; ".join(_name(ctx.briefings[i]) for i in others)
        message = f"{_share(len(agreed), len(past))} also reported by: {names}."
        notes.append(Note("corroborated", message, _quotes(b, agreed)))
    elif not any(set(e.briefings) - {b.id} for e in past):  # when others disagree, date-conflict says so
        count = len(past)
        message = f"No other source reports {'its dated event' if count == 1 else f'any of its {count} dated events'}."
        if not any(e.kinds for e in past):  # then only its language's sources, worded alike, can be matched with it
            message += (
                " None of its sentences holds a word for a kind of happening the build knows (data/event_kinds.yaml):"
                " sources in other languages cannot confirm them."
            )
        notes.append(Note("single-source", message, _quotes(b, past[:3])))
    return notes


def _agreeing(b: Briefing, entry: ChronologyEntry) -> list[str]:
    """The other briefings of an entry that give it the same date as `b` (not the other side of a conflict)."""
    against = {i for c in entry.conflicts for ids in c.against(b.id).values() for i in ids}
    return [i for i in entry.briefings if i != b.id and i not in against]


def _dated_past(entries: list[ChronologyEntry]) -> list[ChronologyEntry]:
    """What the source says happened, at a date: the events other sources can confirm."""
    return [e for e in entries if e.date and not e.planned]


def _share(part: int, whole: int) -> str:
    if whole == 1:
        return "Its dated event is"
    if part == whole:
        return f"All {whole} of its dated events are"
    return f"{part} of its {whole} dated events {'is' if part == 1 else 'are'}"


def _entries_of(b: Briefing, ctx: Context) -> list[ChronologyEntry]:
    if ctx.links is None:
        return []
    ids = dict.fromkeys(ctx.links.entry_of[e.id] for e in b.events if e.id in ctx.links.entry_of)
    return [ctx.entries[i] for i in ids if i in ctx.entries]


def _conflicts(b: Briefing, entry: ChronologyEntry, ctx: Context) -> list[Note]:
    notes = []
    for conflict in entry.conflicts:
        others = conflict.against(b.id)
        if not others:
            continue
        mine = [date for date, ids in conflict.dates.items() if b.id in ids]
        said = "; ".join(f"{_names([ctx.briefings[i] for i in ids if i in ctx.briefings])}: {d}" for d, ids in others.items())
        message = f"Other sources place this event at another date: this source says {', '.join(mine)}; {said}."
        # the evidence of both sides: this source's sentences, then those of the sources it contradicts
        theirs = [q for ids in others.values() for i in ids[:3] if i in ctx.briefings for q in _quotes(ctx.briefings[i], [entry])]
        evidence = tuple(dict.fromkeys(_quotes(b, [entry]) + tuple(theirs)))
        notes.append(Note("date-conflict", message, evidence, entry.path))  # per-year page when split
    return notes


def _quotes(b: Briefing, entries: list[ChronologyEntry]) -> tuple[str, ...]:
    events = {event_id for entry in entries for event_id in entry.events}
    return tuple(dict.fromkeys(e.quote for e in b.events if e.id in events))


def _name(b: Briefing) -> str:
    return f"“{b.title}”" + (f" ({b.publisher})" if b.publisher else "")


def _names(briefings: list[Briefing], shown: int = 3) -> str:
    """A few sources by name and how many more: a happening hundreds of sources date differently would
    otherwise put every one of their names into the note of each of them (N squared text)."""
    more = f" and {len(briefings) - shown} more" if len(briefings) > shown else ""
    return ", ".join(_name(b) for b in briefings[:shown]) + more


def suggest_credibility(b: Briefing, notes: list[Note], ctx: Context) -> tuple[int, str]:
    """The build's suggested credibility (1-6) from corroboration, and why in words; the editor's grade stays.
    1 ("confirmed by other sources") needs other outlets to confirm most of its dated events, and two at least:
    one shared date is not confirmation."""
    entries = _entries_of(b, ctx)
    disputed = [e for e in entries if any(c.against(b.id) for c in e.conflicts)]
    if any(not _agreeing(b, e) for e in disputed):
        return 4, "Another source places one of its events at a different date, and no source agrees with its date."
    if any(n.code == "anachronism" for n in notes):
        return 4, "It gives a person a title they did not hold at the time it describes."
    past = _dated_past(entries)
    if not past:
        return 6, "It reports no dated event that can be compared with other sources."
    confirmed = [e for e in past if _confirmed(b, e, ctx)]
    share = f"{_share(len(confirmed), len(past))} confirmed by other outlets"
    if confirmed and disputed:
        return 2, f"{share}, but another source gives a different date for one of its events."
    if len(confirmed) >= CONFIRMED_MIN and 2 * len(confirmed) > len(past):
        return 1, f"{share}: most of what it dates, and at least two events."
    if confirmed:
        return 2, f"{share}; to count as confirmed (1), most of its dated events and at least two must be."
    return 3, "No other outlet reports its events, and nothing contradicts them."


CONFIRMED_MIN = 2  # dated events other outlets must confirm before a source counts as confirmed


def _confirmed(b: Briefing, entry: ChronologyEntry, ctx: Context) -> bool:
    """An entry another outlet reports at the same date, independently (a copy does not count)."""
    if entry.corroboration < 2:
        return False
    mine = outlet_key(b, ctx.registry)
    return any(outlet_key(ctx.briefings[i], ctx.registry) != mine for i in _agreeing(b, entry) if i in ctx.briefings)


# --- language, cues and text folding ------------------------------------------------------------


def _primary(language: str) -> str:
    return language.split("-")[0].lower()


def _language_name(code: str) -> str:
    return Locale("en").languages.get(code, code)


def _lines(b: Briefing) -> list[str]:
    return [block.text for block in b.source.blocks] + [r.text for r in b.source.removed]


def _fold(text: str, keep_marks: bool) -> str:
    """Case and Arabic spelling variants folded; Arabic diacritics kept only when asked."""
    if not keep_marks:
        return fold(text)  # a whole text, folded once: not into the words' cache
    return unicodedata.normalize("NFKC", text).lower().replace("\u0640", "").translate(ARABIC_FOLD)


def _has_marks(text: str) -> bool:
    return fold(text) != _fold(text, keep_marks=True)


@cache
def _cues() -> dict[str, Any]:
    return safeyaml.shipped(DATA / "assess.yaml")


@cache
def _translation_cue() -> re.Pattern[str]:
    phrases = [normalise(p) for lang in _cues()["translation_cues"].values() for p in lang]
    return re.compile(r"\W*(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)")


@cache
def _hedges(language: str) -> tuple[tuple[bool, re.Pattern[str]], ...]:
    """One pattern for the phrases written with Arabic diacritics (which must match) and one for the rest."""
    data = (safeyaml.shipped(DATA / "hedges.yaml") or {}).get(language) or {}
    prefixes = "|".join(re.escape(p) for p in data.get("prefixes", []))
    groups: dict[bool, list[list[str]]] = {True: [], False: []}
    for phrase in data.get("phrases", []):
        marked = _has_marks(phrase)
        groups[marked].append([re.escape(w) for w in _fold(phrase, marked).split()])
    return tuple(
        (marked, re.compile(rf"(?<!\w)(?:{prefixes})?(?:{_by_first_letter(alts)})(?!\w)"))
        for marked, alts in groups.items()
        if alts
    )


def _by_first_letter(phrases: list[list[str]]) -> str:
    """The phrases (escaped words) as one alternation, longest first, grouped by first character:
    "r(?:eportedly|umoured)|...". The regex engine then tries only the group of the character at
    hand at each position, not every phrase; only one group can match there, so the matches are the same."""
    groups: dict[str, list[str]] = defaultdict(list)
    for words in sorted(phrases, key=lambda words: len(r"\s+".join(words)), reverse=True):
        first = words[0][:2] if words[0].startswith("\\") else words[0][:1]  # an escaped character is two
        groups[first].append(r"\s+".join([words[0][len(first) :], *words[1:]]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
