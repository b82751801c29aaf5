"""Stage 3 (link): connect the briefings — one chronology, related briefings, co-occurrence, backlinks.

Everything here is a pure function of the briefings and the registry. Cross-source work never
compares every event with every other: events are first put in blocks by year, actor and kind
of happening (or language, for events no kind word describes), and only events sharing a block
(or, for date conflicts, the same block a year or two on) are compared; a block too big for
that is compared by sorted neighbourhood. Related briefings come from an index (chronology
entry or actor -> briefings) with a cap, never from a comparison of every pair.
"""

from __future__ import annotations

import datetime
import hashlib
import heapq
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from itertools import combinations, pairwise

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .kinds import Lexicon, kinds_of, lexicon
from .model import Briefing, Event, PickledWithoutCache, pickled_as_fields
from .registry import Actor, Registry, normalise
from .text import display_date

SAME_DAY = 0.5  # the score of a match by kind and day alone: below any match by shared parties (1 or more)
WORDING_MIN = 75  # rapidfuzz token_set_ratio above which two same-language sentences say the same thing
COPY_MIN = 95  # quotes this alike in two sources are one text copied, not two independent reports
COPY_CHECK_LIMIT = 50  # copies are looked for among an entry's first reports only: the check is pairwise
CONFLICT_YEARS = 2  # two dates further apart than this are taken to be two happenings, not a conflict
CONFLICT_DATES = 3  # at most this many incompatible dates are taken to be one happening
BLOCK_FULL = 60  # blocks up to this size are compared pair by pair ...
WINDOW = 12  # ... larger ones by sorted neighbourhood, each event with this many neighbours per ordering
RELATED_LIMIT = 5  # related briefings shown per briefing
POSTING_CAP = 50  # related briefings are looked for through an actor only while fewer sources than this name it
RARE_ACTORS = 4  # ... and only through each briefing's rarest actors, so the work per briefing stays bounded
RESCORE_MARGIN = 1e-9  # beyond float rounding: weights this close may rank either way after a change of rarities
PAGE_LIMIT = 400  # more entries than this are split into one chronology page per year
BASIS_RANK = {"stated": 0, "inferred-year": 1, "relative": 2, "unresolved": 3}


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that place one happening at incompatible dates: date -> briefing ids."""

    dates: dict[str, tuple[str, ...]]

    def against(self, briefing: str) -> dict[str, tuple[str, ...]]:
        """The other dates and the sources that contradict this briefing: those giving none of its dates (a source
        giving its date and another too agrees with it on one and reports a second happening)."""
        mine = [d for d, ids in self.dates.items() if briefing in ids]
        agreeing = {i for d in mine for i in self.dates[d]}
        others = {d: tuple(i for i in ids if i not in agreeing) for d, ids in self.dates.items() if d not in mine}
        return {d: ids for d, ids in others.items() if ids} if mine else {}


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class ChronologyEntry:
    """One happening, with every event (of any source) that reports it."""

    id: str  # stable; the HTML anchor of the entry
    date: str | None  # the most precise date the sources agree on; None when no source resolves it
    basis: str  # the best basis among the events carrying that date
    planned: bool
    events: tuple[str, ...]  # event ids
    briefings: tuple[str, ...]  # briefing ids, in source order
    actors: tuple[str, ...]
    kinds: tuple[str, ...]
    summary: str
    label: str  # the entry in words: "the January 2018 NATO agreement"
    corroboration: int  # independent sources reporting it
    conflicts: tuple[Conflict, ...] = ()
    page: str = "chronology/"
    yearless: str | None = None  # "--10-03": the month (and day) its sources state, when no year is known

    @property
    def path(self) -> str:
        return f"{self.page}#{self.id}"

    @property
    def precision(self) -> str | None:
        if self.date:
            return {4: "year", 7: "month", 10: "day"}[len(self.date)]
        return {4: "month", 7: "month-day"}.get(len(self.yearless or ""))


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Related:
    briefing: str
    reason: str
    entries: tuple[str, ...] = ()  # shared chronology entries
    actors: tuple[str, ...] = ()  # shared actors, rarest first
    score: float = 0.0


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Backlink:
    path: str  # site path of the page (and anchor) that links to the briefing
    label: str
    kind: str  # "chronology" | "actor" | "briefing"


EntryLinks = dict[str, tuple["ChronologyEntry", Backlink]]  # entry id -> the entry, and the link to it
KeptLinks = dict[tuple[str, str, str], Backlink]  # a link to an actor or a briefing by its (path, label, kind)


@dataclass(frozen=True)
class Links(PickledWithoutCache):
    """What connects the briefings. The chronology is made at once: the pages it is split into are part of
    the site's file list. Related briefings, backlinks and co-occurrence are made when first read: only the
    pages need them, so a build makes them beside MkDocs, in the process that makes the pages."""

    entries: list[ChronologyEntry] = field(default_factory=list)
    entry_of: dict[str, str] = field(default_factory=dict)  # event id -> entry id
    events: dict[str, Event] = field(default_factory=dict)  # event id -> event
    by_id: dict[str, ChronologyEntry] = field(default_factory=dict)
    briefings: dict[str, Briefing] = field(default_factory=dict)  # briefing id -> briefing, by source path
    by_actor: dict[str, list[ChronologyEntry]] = field(default_factory=dict)  # actor id -> its entries
    registry: Registry = field(default_factory=lambda: Registry({}, {}), compare=False, repr=False)
    # a preview's: the last related briefings, still valid for this registry, and where to keep this build's
    kept: tuple[_RelatedKept | None, _Kept] | None = field(default=None, compare=False, repr=False)
    entry_links: tuple[EntryLinks, EntryLinks] | None = field(default=None, compare=False, repr=False)  # ... `backlinks`
    other_links: tuple[KeptLinks, KeptLinks] | None = field(default=None, compare=False, repr=False)  # ... `backlinks`
    cooccurring: tuple[_Cooccurring | None, _Kept] | None = field(default=None, compare=False, repr=False)  # ... `cooccurrence`

    @cached_property
    def related(self) -> dict[str, list[Related]]:
        """Briefing id -> ranked related briefings."""
        return related(list(self.briefings.values()), self.entries, self.registry, self.kept)

    @cached_property
    def cooccurrence(self) -> dict[str, dict[str, int]]:
        """Actor -> actor -> sources naming both."""
        return cooccurrence(list(self.briefings.values()), self.cooccurring)

    @cached_property
    def backlinks(self) -> dict[str, list[Backlink]]:
        """Briefing id -> pages linking to it."""
        return backlinks(
            list(self.briefings.values()), self.entries, self.related, self.registry, self.entry_links, self.other_links
        )

    @property
    def preview(self) -> bool:
        """Linked by a preview (`mkdocs serve --dirty`), which keeps what it made for its next build."""
        return self.kept is not None

    def entry(self, entry_id: str) -> ChronologyEntry:
        return self.by_id[entry_id]

    def entry_for(self, event_id: str) -> ChronologyEntry | None:
        entry_id = self.entry_of.get(event_id)
        return self.by_id[entry_id] if entry_id else None

    def entries_of_actor(self, actor: str) -> list[ChronologyEntry]:
        return self.by_actor.get(actor, [])

    def conflicts_of(self, events: Iterable[Event]) -> list[ChronologyEntry]:
        """Entries of these events (one briefing's) that another source places at a date this one does not give."""
        found = {e.id: (entry, e.briefing) for e in events if (entry := self.entry_for(e.id))}
        return list({e.id: e for e, b in found.values() if any(c.against(b) for c in e.conflicts)}.values())


# --- dates -------------------------------------------------------------------------------------


def compatible(a: str, b: str) -> bool:
    """A year contains its months and days: '2018' and '2018-01-05' can be the same date. A date without its year
    ('--01-05', '--01') can be any year's: only its month and day must fit."""
    if a[0] == "-" or b[0] == "-":
        a, b = _month_day(a), _month_day(b)
    return a.startswith(b) or b.startswith(a)


def _month_day(when: str) -> str:
    return when[2:] if when.startswith("--") else when[5:]


def joined(a: str, b: str) -> str:
    """What two compatible dates say together: the year one states, the month and day of the more precise
    ('2023-06' and '--06-23': '2023-06-23'). Used to keep a merged group's dates compatible, never shown."""
    year = next((w[:4] for w in (a, b) if not w.startswith("--")), None)
    day = max(_month_day(a), _month_day(b), key=len)
    return f"{year}-{day}".rstrip("-") if year else f"--{day}"


def day_span(event: Event) -> tuple[str | None, str, str] | None:
    """An event stated to the day: its year (None when not stated), its first and last day as 'MM-DD'."""
    when = event.date or event.yearless or ""
    if len(_month_day(when)) != 5:
        return None
    year, first = (None if when.startswith("--") else when[:4]), _month_day(when)
    end = event.date_end if event.date and event.date_end and event.date_end[:4] == year else None
    return year, first, _month_day(end) if end and len(end) == 10 else first


def misdated(a: str, b: str) -> bool:
    """Whether two incompatible dates differ as reports of one moment do: in the year alone (misread, or inferred),
    by a day (the night, time zones: a moment is dated on both sides of midnight), or by day and month swapped
    (03/07 read as 7 March or 3 July). Dates that differ otherwise (22 July and 19 November, a deal and its renewal)
    are two happenings of one story."""
    if len(a) == 10 and len(b) == 10 and abs(datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days == 1:
        return True
    if a[:4] != b[:4]:
        return a[4:].startswith(b[4:]) or b[4:].startswith(a[4:])  # a year alone fits any month
    return len(a) == len(b) == 10 and (a[5:7], a[8:10]) == (b[8:10], b[5:7])


def year_of(date: str) -> int:
    return int(date[:4])


# --- comparing two events ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    """What the comparison needs of one event, computed once."""

    event: Event
    order: int
    language: str
    core: frozenset[str]  # actors that are not places, plus the organisations people act for at the date
    kinds: frozenset[str]
    words: str  # the sentence without its date words, for rapidfuzz
    one_a_day: frozenset[str] = frozenset()  # its kinds a story rarely holds twice on one day
    when: str | None = None  # the event's date, or the month (and day) it states without a year
    alone: bool = True  # its sentence states no other, incompatible date


FactsKey = tuple[str, str, str | None, tuple[str, ...]]  # what an event's facts are made of: quote, date words, date, actors


@dataclass
class _Parts:
    """The clustering's connected parts, as a preview keeps them: events joined by any pair a group's comparison
    found (merged, refused for its dates, or conflicting) are one part, and no group `cluster` returns spans two.
    A part none of whose events is gone or in a group compared anew (or no longer compared) has the very same
    pairs, in the same relative order (events keep their order by source), so it clusters as it did. A group
    compared anew that holds the same events of the last link as its block's last group (`_same_old_events`) touches
    only its new events and those they pair with."""

    part_of: dict[int, int] = field(default_factory=dict)  # id(event) -> its part (the id of one of its events)
    groups: dict[int, list[list[list[int]]]] = field(default_factory=dict)  # part -> its groups of clusters, id(event)s


@dataclass
class _Kept:
    """What the last link in this process made, kept while the registry's actors (every name `registry.find` looks
    for, every kind and role), its outlets and the lexicon are the same: `mkdocs serve` links every source again
    after an edit of one. Each event's facts, and each chronology entry by its first event's id, with what it was
    made of: its events (unchanged sources give the very same objects: pipeline.same_objects, compared at once),
    grouped as they were, and the languages, publishers and ids of their briefings; each block's comparisons, by the
    very events compared (their ids, the events kept alive) and their languages; each entry as placed on its page;
    the related briefings (`_RelatedKept`). After an edit of the registries only the comparisons and the parts are
    kept, and taken again where the facts of every event they hold are the same (`earlier`, `changed`); so are the
    entries while the outlets are the same, where neither their events' facts nor their actors' names and kinds
    changed (`relabelled`)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    outlets: dict[str, object] = field(default_factory=dict)
    lex: Lexicon | None = None
    facts: dict[FactsKey, tuple[frozenset[str], frozenset[str], str]] = field(default_factory=dict)
    entries: dict[str, tuple[tuple[object, ...], ChronologyEntry]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)  # every event compared, kept alive: `compared` keys hold their ids
    related: _RelatedKept | None = None
    placed: dict[str, tuple[ChronologyEntry, ChronologyEntry]] = field(default_factory=dict)  # id -> (entry, on its page)
    compared: dict[tuple[tuple[int, str], ...], Pairs] = field(default_factory=dict)  # `cluster`
    parts: _Parts = field(default_factory=_Parts)  # `cluster`: what each part clustered to
    by_block: dict[Block, GroupKey] = field(default_factory=dict)  # `cluster`: each block's group, as `compared` keys it
    backlinks: EntryLinks = field(default_factory=dict)  # `backlinks`: the link to each entry
    other_links: KeptLinks = field(default_factory=dict)  # ... and to each actor and briefing (`_kept_link`)
    cooccurring: _Cooccurring | None = None  # `cooccurrence`: what it counted
    blocks: dict[int, KeptBlocks] = field(default_factory=dict)  # `_blocks`: id(event) -> the blocks it was put in
    keep: bool = False  # kept for the next link (a preview's): only then are the parts worked out
    earlier: dict[FactsKey, tuple[frozenset[str], frozenset[str], str]] | None = None  # the facts before a registry edit
    changed: set[int] = field(default_factory=set)  # ... and id(event) of the events whose facts it changed (`_facts`)
    relabelled: set[str] | None = None  # ... and the actors it added, removed, renamed or gave another kind (`_entry`)


Ranked = list[tuple[int, float, str]]  # (-shared entries, -weight, other): a related list's members, then the next


@dataclass(frozen=True)
class _RelatedKept:
    """What `related` last made, and from what: each briefing (an unchanged one is the very same object), the
    number of briefings, the chronology entries each briefing takes part in, each list's ranking (`Ranked`), and
    each actor's number of sources and idf."""

    count: int
    briefings: dict[str, Briefing]
    entries: dict[str, tuple[object, ...]]
    related: dict[str, list[Related]]
    ranked: dict[str, Ranked]
    counts: dict[str, int]
    idf: dict[str, float]


_kept = _Kept()


def _keep(registry: Registry, lex: Lexicon, keep: bool) -> tuple[_Kept, _Kept]:
    """What the last link kept, if it still holds (else nothing), and where this link keeps its own: kept for the
    next link only when asked (a preview's); a build lets the model go once its pages are made."""
    global _kept
    if not keep:
        return _Kept(), _Kept()
    last = _kept
    if _kept.lex is not lex:
        last = _Kept()
    elif _kept.actors != registry.actors or _kept.outlets != registry.outlets:
        # A registry edit: every event's facts made again; a block's comparisons are only a function of its events'
        # facts, so they hold where those are the same (a renamed actor changes no comparison); so do its blocks.
        last = _Kept(
            lex=lex, events=_kept.events, compared=_kept.compared, parts=_kept.parts, earlier=_kept.facts, blocks=_kept.blocks
        )
        if _fact_reads(_kept.actors) == _fact_reads(registry.actors):  # a name shown changed, none looked for: same facts
            last.facts = _kept.facts
        last.cooccurring = _kept.cooccurring  # actor ids only: the registry's names and kinds count nothing there
        # links by all their fields, or by the very entry they link to: the same links whatever the registry
        last.backlinks, last.other_links = _kept.backlinks, _kept.other_links
        if _kept.outlets == registry.outlets:  # an entry reads its sources' outlets, and its actors' names and kinds
            last.entries, last.relabelled = _kept.entries, _relabelled(_kept.actors, registry.actors)
    _kept = _Kept(dict(registry.actors), dict(registry.outlets), lex, keep=True)
    return last, _kept


def _fact_reads(actors: dict[str, Actor]) -> list[tuple[object, ...]]:
    """What an event's facts read of each actor: the names `_without_names` blanks (`Registry.find` without a language
    reads every name of the actors the base knowledge does not give, in their order), whether it is a place and
    its roles (`_core_actors`). Renaming a state to one of its aliases changes none of them: no quote is read again
    (0.9 -> 0.4 s of CPU in the link stage of such an edit at 1,000 sources)."""
    return [(i, a.origin == "base" or frozenset(a.all_aliases()), a.kind == "place", a.roles) for i, a in actors.items()]


def _relabelled(old: dict[str, Actor], new: dict[str, Actor]) -> set[str]:
    """The actors whose name or kind (what an entry's label shows of them) an edit changed, added or removed."""

    def shown(actors: dict[str, Actor], i: str) -> tuple[str, str] | None:
        return (actors[i].name, actors[i].kind) if i in actors else None

    return {i for i in old.keys() | new.keys() if shown(old, i) != shown(new, i)}


def _facts(events: list[tuple[Event, str]], registry: Registry, kept: tuple[_Kept, _Kept] | None = None) -> list[_Facts]:
    lex = lexicon()
    last, now = kept or (_Kept(), _Kept())
    said: dict[tuple[str, str], list[str | None]] = defaultdict(list)  # (briefing, sentence) -> the dates it states
    for event, _ in events:
        said[event.briefing, event.quote].append(event.date or event.yearless)
    facts = []
    for order, (event, language) in enumerate(events):
        key = (event.quote, event.date_text, event.date, event.actors)
        made = last.facts.get(key) or now.facts.get(key)
        if made is None:
            core = frozenset(_core_actors(event, registry))
            made = (
                core,
                kinds_of(_without_names(event.quote, registry), lex),
                default_process(event.quote.replace(event.date_text, " ")),
            )
        now.facts[key] = made
        if last.earlier is not None and last.earlier.get(key) != made:
            last.changed.add(id(event))
        daily = made[1] & lex.one_a_day
        when = event.date or event.yearless
        alone = all(w is None or when is None or compatible(w, when) for w in said[event.briefing, event.quote])
        facts.append(_Facts(event, order, language, made[0], made[1], made[2], one_a_day=daily, when=when, alone=alone))
    return facts


def _without_names(text: str, registry: Registry) -> str:
    """The sentence with registry names blanked: the "Treaty" of "North Atlantic Treaty
    Organization" names an actor, it does not report an agreement."""
    for match in reversed(registry.find(text)):
        text = text[: match.start] + " " + text[match.end :]
    return text


def _core_actors(event: Event, registry: Registry) -> set[str]:
    """Actors that identify a happening: places only locate it; a person also stands for the
    organisation the registry says they served at the date (an emir's visit is his state's)."""
    core = set()
    for actor_id in event.actors:
        actor = registry.actors.get(actor_id)
        if actor is None or actor.kind == "place":
            continue
        core.add(actor_id)
        for role in actor.roles:
            if role.organisation in registry.actors and _in_tenure(event.date, role.start, role.end):
                core.add(role.organisation)
    return core


def _in_tenure(date: str | None, start: str | None, end: str | None) -> bool:
    if date is None:
        return start is None and end is None
    return (start is None or date >= start[: len(date)]) and (end is None or date <= end[: len(date)])


def _actors_overlap(a: _Facts, b: _Facts) -> int:
    """Shared identifying actors, 0 unless they are enough to say 'the same parties':
    two or more, or the one actor of an event that names only one."""
    shared = len(a.core & b.core)
    return shared if shared >= 2 or (shared == 1 and min(len(a.core), len(b.core)) == 1) else 0


def _wording(a: _Facts, b: _Facts) -> float:
    return fuzz.token_set_ratio(a.words, b.words) if a.language == b.language else 0.0


def same_happening(a: _Facts, b: _Facts) -> float:
    """How strongly two events with compatible dates report one happening; 0 when they do not.

    A shared kind of happening is the evidence across languages, with the same parties, or with the same day
    (`_same_day_match`); events no kind word describes can only be matched by their wording, so only within one
    language, and only with the same parties."""
    if a.event.planned != b.event.planned:
        return 0.0
    overlap = _actors_overlap(a, b)
    if a.kinds & b.kinds:
        if overlap:
            return overlap + _wording(a, b) / 100
        return SAME_DAY + _wording(a, b) / 100 if _same_day_match(a, b) else 0.0
    if overlap and not a.kinds and not b.kinds and (score := _wording(a, b)) >= WORDING_MIN:
        return overlap + score / 100
    return 0.0


def _same_day_match(a: _Facts, b: _Facts) -> bool:
    """Two events of one kind on the same day report one happening when they name an actor or place in common and
    no different parties or places; or, for a kind a story rarely holds twice a day (an explosion, a crash), when
    neither names any (an explosion in Kuwait is not the unnamed pipelines' of that day)."""
    if not _same_day(a.event, b.event):
        return False
    if not a.event.actors and not b.event.actors:
        return bool(a.one_a_day & b.one_a_day)
    return not set(a.event.actors).isdisjoint(b.event.actors) and not _disagree(a, b)


def _same_day(a: Event, b: Event) -> bool:
    """Stated to the day, the same year (or a year not stated), and days that meet: '23 to 24 June' holds 24 June."""
    x, y = day_span(a), day_span(b)
    if x is None or y is None or (x[0] and y[0] and x[0] != y[0]):
        return False
    return x[1] <= y[2] and y[1] <= x[2]


def _disagree(a: _Facts, b: _Facts) -> bool:
    """Both name parties (or places), and none in common: two happenings."""
    places_a, places_b = set(a.event.actors) - a.core, set(b.event.actors) - b.core
    return bool(a.core and b.core and a.core.isdisjoint(b.core)) or bool(places_a and places_b and places_a.isdisjoint(places_b))


def conflicting(a: _Facts, b: _Facts) -> bool:
    """Same happening at incompatible dates: a shared kind, the same parties (two or more, or the
    same single one), dates a few years apart at most, two different sources."""
    if a.event.briefing == b.event.briefing or a.event.planned != b.event.planned or not a.kinds & b.kinds:
        return False
    # a sentence stating two dates ("elected in 2021, deposed on 26 July") does not say which its kind word is of:
    # neither date contradicts another source's
    if not (a.alone and b.alone):
        return False
    if not (a.event.date and b.event.date):  # a date without its year may be another year's happening
        return False
    shared = a.core & b.core
    if not (len(shared) >= 2 or (shared and a.core == b.core)):
        return False
    if abs(year_of(a.event.date) - year_of(b.event.date)) > CONFLICT_YEARS or not misdated(a.event.date, b.event.date):
        return False
    return a.language != b.language or _wording(a, b) >= WORDING_MIN - 25  # rapidfuzz last: the dearest test


Block = tuple[int | str, str, str]  # (year, or "--MM": a month of any year, or "YYYY--MM-DD", "--MM-DD": a day; actor; tag)


def _blocks(facts: list[_Facts], kept: tuple[_Kept, _Kept] | None = None) -> dict[Block, list[int]]:
    """Year x identifying actor x (kind, or language when no kind word applies) -> events, and for events stated to
    the day, the blocks `_same_day_match` needs (`_day_keys`). Events without a year are in blocks of their month
    instead, and of their day, which the dated events of that day join (only where such a block is: dated events
    meet each other in their years' blocks)."""
    last, now = kept or (_Kept(), _Kept())
    keys = [_block_keys(f, last, now) for f in facts]
    blocks: dict[Block, list[int]] = defaultdict(list)
    for i, (own, _) in enumerate(keys):
        for key in own:
            blocks[key].append(i)
    for i, (_, days) in enumerate(keys):
        for key in days:
            if key in blocks:
                blocks[key].append(i)
    return blocks


BlockKeys = tuple[tuple[Block, ...], tuple[Block, ...]]  # an event's own blocks, and the day blocks it joins if made
KeptBlocks = tuple[Event, tuple[object, ...], BlockKeys]  # the event, the facts its blocks were read from, its blocks


def _block_keys(f: _Facts, last: _Kept, now: _Kept) -> BlockKeys:
    """An event's blocks. A preview takes the last link's for the very same event with the same facts: working out
    every event's days and blocks again was a tenth of an edit's clustering (seven dates formatted per event)."""
    facts = (f.language, f.core, f.kinds, f.one_a_day)
    found = last.blocks.get(id(f.event))
    if found is None or found[0] is not f.event or found[1] != facts:
        days = tuple(_day_keys(f, "", with_core=True)) if f.event.date else ()
        found = (f.event, facts, (tuple(_keys(f)), days))
    if now.keep:
        now.blocks[id(f.event)] = found
    return found[2]


def _keys(f: _Facts) -> list[Block]:
    if f.when is None:
        return []
    year = year_of(f.event.date) if f.event.date else f.when[:4]
    tags = sorted(f.kinds) or [f"lang:{f.language}"]
    keys: list[Block] = [(year, actor, tag) for actor in f.core for tag in tags]
    if f.event.date:
        return keys + _day_keys(f, f.event.date[:4])
    return keys + _day_keys(f, "", with_core=True)


def _day_keys(f: _Facts, year: str, with_core: bool = False) -> list[Block]:
    """Where `_same_day_match` finds what the year blocks do not hold: events of a kind a story holds once a day
    that name no actor, by day and kind; events that name a place, by day, place and kind; with `with_core`, by
    day, identifying actor and kind too (an event without a year is in no year's block)."""
    if f.event.actors:
        named = sorted(set(f.event.actors) if with_core else set(f.event.actors) - f.core)
        pairs = [(actor, kind) for actor in named for kind in sorted(f.kinds)]
    else:
        pairs = [("", kind) for kind in sorted(f.one_a_day)]
    return [(f"{year}--{day}", actor, kind) for day in _days(f.event) for actor, kind in pairs]


def _days(event: Event) -> list[str]:
    """The days ('MM-DD') an event stated to the day spans, at most a week of them."""
    span = day_span(event)
    if span is None:
        return []
    year, first, last = span
    start = datetime.date.fromisoformat(f"{year or 2000}-{first}")  # 2000: a leap year holds every stated day
    days = [(start + datetime.timedelta(days=n)).strftime("%m-%d") for n in range(7)]
    return [d for d in days if d <= last] if last >= first else [first]


def _groups(blocks: dict[Block, list[int]]) -> Iterable[tuple[Block, list[int]]]:
    """The events compared together, by the block they are made from: a block, and (for conflicts) the same actor
    and kind a year or two on."""
    for (year, actor, tag), members in blocks.items():
        group = list(members)
        if isinstance(year, int) and not tag.startswith("lang:"):  # conflicts need a kind of happening and years
            for later in range(year + 1, year + CONFLICT_YEARS + 1):
                group += blocks.get((later, actor, tag), ())
        yield (year, actor, tag), group


GroupKey = tuple[tuple[int, str], ...]  # a group's events as `cluster` keys its comparisons: id(event) and language


def _same_old_events(before: GroupKey, now: GroupKey, part_of: dict[int, int], index_of: dict[int, int]) -> bool:
    """Whether a block's group, compared anew, holds the same events of the last link as the last group of that
    block (those of them still here), both compared pair by pair: a pair's score is a function of its two events'
    facts, so their pairs are the same, and only the pairs of the events new to it are new."""
    if len(before) > BLOCK_FULL or len(now) > BLOCK_FULL:
        return False  # compared by sorted neighbourhood: an event more or less changes which pairs are compared
    kept = {member for member in before if member[0] in index_of}
    return kept == {member for member in now if member[0] in part_of}


def _paired_with_new(group: list[int], found: Pairs, ident: list[tuple[int, str]], part_of: dict[int, int]) -> set[int]:
    """id(event) of the events of a group new since the last link, and of every event a pair joins to one of them:
    the parts they are in cluster again (see `_same_old_events`)."""
    new = {ident[i][0] for i in group if ident[i][0] not in part_of}
    touched = set(new)
    for p, q, _ in zip(*found, strict=True):
        first, second = ident[group[p]][0], ident[group[q]][0]
        if first in new or second in new:
            touched.update((first, second))
    return touched


# A group's pairs found by `_compared`: the positions in the group of each pair's events, and its score. In arrays: a
# preview keeps every group's pairs between its builds (2.5 million at 10,000 sources), 16 bytes a pair, where a list
# of tuples takes about 100.
Pairs = tuple[array, array, array]


def _compared(facts: list[_Facts], group: list[int]) -> Pairs:
    """The pairs of a group (by their positions in it) that report one happening, with the score, or that
    conflict (score 0). A group too big to compare pair by pair (one happening reported hundreds of times) is
    compared by sorted neighbourhood: each event with its nearest few by date and by wording, so the work grows
    linearly with the group. Each pair is compared in the order of the events, as the whole list orders them."""
    position = {i: n for n, i in enumerate(group)}
    candidates = combinations(group, 2) if len(group) <= BLOCK_FULL else _neighbours(facts, group)
    found: Pairs = (array("l"), array("l"), array("d"))
    for i, j in {(i, j) if i < j else (j, i) for i, j in candidates if i != j}:
        score = _pair_score(facts[i], facts[j])
        if score is not None:
            for column, value in zip(found, (position[i], position[j], score), strict=True):
                column.append(value)
    return found


def _pair_score(a: _Facts, b: _Facts) -> float | None:
    """A pair's score when it reports one happening, 0.0 when its dates conflict, else None."""
    if compatible(a.when, b.when):  # type: ignore[arg-type]
        return same_happening(a, b) or None
    return 0.0 if conflicting(a, b) else None


def _neighbours(facts: list[_Facts], group: list[int]) -> Iterable[tuple[int, int]]:
    for key in (lambda i: (facts[i].when, facts[i].words), lambda i: (facts[i].words, facts[i].when)):
        ordered = sorted(group, key=key)
        for n, i in enumerate(ordered):
            for j in ordered[n + 1 : n + 1 + WINDOW]:
                yield i, j


class _Groups:
    """Union-find over event indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
        return min(a, b)


def cluster(facts: list[_Facts], kept: tuple[_Kept, _Kept] | None = None) -> list[list[list[int]]]:
    """Groups of events reporting one happening; each group is a list of clusters whose dates are
    compatible within, and incompatible between (a conflict when there is more than one), in the order of their
    first events. `kept`: each block's comparisons, taken again for a block of the very same events, and the
    groups of every part no changed block touches (see `_Parts`): only the rest is merged again."""
    last, now = kept or (_Kept(), _Kept())
    now.events = [f.event for f in facts]  # alive while their ids are keys
    ident = [(id(f.event), f.language) for f in facts]
    index_of = {event: i for i, (event, _) in enumerate(ident)}
    compared, touched, reused = [], set(), set()  # touched: id(event) of every group compared anew or gone
    for block, group in _groups(_blocks(facts, kept)):
        key = tuple([ident[i] for i in group])
        found = last.compared.get(key)
        if found is not None and last.changed and any(event in last.changed for event, _ in key):
            found = None  # an event's facts changed (a registry edit): compared again, its part clustered again
        if found is not None:
            reused.add(id(found))
        elif (found := now.compared.get(key)) is None:
            found = _compared(facts, group)
            before = None if last.changed else last.by_block.get(block)
            if before is not None and _same_old_events(before, key, last.parts.part_of, index_of):
                reused.add(id(last.compared[before]))  # its pairs among the events it kept are those of `before`
                touched.update(_paired_with_new(group, found, ident, last.parts.part_of))
            else:
                touched.update(ident[i][0] for i in group)
        now.compared[key] = found
        now.by_block[block] = key
        compared.append((group, found))
    for key, found in last.compared.items():
        if id(found) not in reused:
            touched.update(event for event, _ in key)
    touched |= last.changed
    redo, kept_groups = _unchanged_parts(last.parts, index_of, touched, now.parts if now.keep else None)
    merges, conflicts = _pairs(compared, redo)
    groups = _clustered(facts, sorted(redo), merges, conflicts)
    if now.keep:
        _keep_parts(now.parts, groups, merges, conflicts, ident)
    together = groups + [[[index_of[e] for e in c] for c in g] for g in kept_groups]
    return sorted(together, key=lambda g: g[0][0])


Merges = set[tuple[float, int, int]]  # (-score, i, j): events i < j report one happening
Conflicts = set[tuple[int, int]]  # events i < j place one happening at incompatible dates


def _pairs(compared: list[tuple[list[int], Pairs]], redo: set[int]) -> tuple[Merges, Conflicts]:
    """Every pair the groups found among these events (by index)."""
    merges, conflicts = set(), set()
    for group, found in compared:
        if redo.isdisjoint(group):
            continue
        for p, q, score in zip(*found, strict=True):
            i, j = group[p], group[q]
            if i not in redo:
                continue  # of a part that clusters as it did (and so is j: a part holds every pair of its events)
            if score:
                merges.add((-score, i, j))
            else:
                conflicts.add((i, j))
    return merges, conflicts


def _unchanged_parts(
    last: _Parts, index_of: dict[int, int], touched: set[int], now: _Parts | None
) -> tuple[set[int], list[list[list[int]]]]:
    """The events to cluster again (by index), and the groups (by id(event)) of the last parts that cluster as they
    did: none of their events touched or gone. Those parts are copied into `now` (a preview's, else None)."""
    stale = {last.part_of[event] for event in touched if event in last.part_of}
    stale.update(part for event, part in last.part_of.items() if event not in index_of)
    redo = {i for event, i in index_of.items() if (part := last.part_of.get(event)) is None or part in stale}
    kept = [groups for part, groups in last.groups.items() if part not in stale]
    if now is not None:
        now.part_of = {event: part for event, part in last.part_of.items() if part not in stale}
        now.groups = {part: groups for part, groups in last.groups.items() if part not in stale}
    return redo, [g for groups in kept for g in groups]


def _clustered(facts: list[_Facts], events: list[int], merges: Merges, conflicts: Conflicts) -> list[list[list[int]]]:
    """The groups of these events (ascending; every pair of any of them is in `merges` or `conflicts`)."""
    groups, date = _merge(facts, merges)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in events:
        clusters[groups.find(i)].append(i)
    sources = {root: {facts[i].event.briefing for i in members} for root, members in clusters.items()}
    linked = _link_conflicts(groups, date, sources, conflicts)
    together: dict[int, list[list[int]]] = defaultdict(list)
    for root, members in clusters.items():
        together[linked.find(root)].append(members)
    return list(together.values())


def _keep_parts(
    parts: _Parts, groups: list[list[list[int]]], merges: Merges, conflicts: Conflicts, ident: list[tuple[int, str]]
) -> None:
    """The parts of the events just clustered, added to those kept (see `_Parts`)."""
    joined = _Groups(len(ident))
    for pair in merges:
        joined.union(pair[1], pair[2])
    for i, j in conflicts:
        joined.union(i, j)
    for group in groups:
        part = ident[joined.find(group[0][0])][0]
        parts.groups.setdefault(part, []).append([[ident[i][0] for i in c] for c in group])
        for c in group:
            parts.part_of.update((ident[i][0], part) for i in c)


def _merge(facts: list[_Facts], merges: Merges) -> tuple[_Groups, dict[int, str | None]]:
    """Clusters of events reporting one happening, and the most precise date of each (by its root)."""
    groups = _Groups(len(facts))
    date = {i: f.when for i, f in enumerate(facts)}
    for _, i, j in sorted(merges):  # strongest evidence first, so a vague date joins its best match
        a, b = groups.find(i), groups.find(j)
        if a != b and compatible(date[a], date[b]):  # type: ignore[arg-type]
            root = groups.union(a, b)
            date[root] = joined(date[a], date[b])  # type: ignore[arg-type]
    return groups, date


def _link_conflicts(groups: _Groups, date: dict[int, str | None], sources: dict[int, set[str]], conflicts: Conflicts) -> _Groups:
    """Clusters whose dates conflict, linked into one group by their roots. `sources`: each cluster's briefings."""
    linked = _Groups(len(groups.parent))
    dates = {root: {date[root]} for root in sources}  # the dates a conflict group spans
    for i, j in sorted(conflicts):  # in a fixed order: with the CONFLICT_DATES bound the order decides the groups
        a, b = linked.find(groups.find(i)), linked.find(groups.find(j))
        # more dates than this for "one" happening are more likely a recurring one (an annual summit); and a
        # contradiction needs a source on each side that gives only its side's date: a source that gives both (one
        # sentence of two dates, "signed in January 2018 and renewed in March 2019") reports two happenings
        if a == b or len(dates[a] | dates[b]) > CONFLICT_DATES or not (sources[a] - sources[b] and sources[b] - sources[a]):
            continue
        # a cluster's date is its events' joined: "2022" with "2022-09-26" is the day, which must differ as one
        # moment's reports do from the other side's too
        if all(misdated(x, y) for x in dates[a] for y in dates[b] if x and y and not compatible(x, y)):
            root = linked.union(a, b)
            dates[root], sources[root] = dates[a] | dates[b], sources[a] | sources[b]
    return linked


# --- entries -----------------------------------------------------------------------------------


def outlet_key(b: Briefing, registry: Registry) -> str:
    """Who stands behind a source: its registry outlet, else its publisher's name, else the source alone."""
    outlet = registry.outlet_for(b.publisher)
    if outlet:
        return f"outlet:{outlet.id}"
    return f"publisher:{normalise(b.publisher)}" if b.publisher else f"source:{b.id}"


def _independent(briefings: list[Briefing], facts: list[_Facts], registry: Registry) -> int:
    """Sources that report independently: one per outlet, and a near-identical quote is a copy."""
    keys = {b.id: outlet_key(b, registry) for b in briefings}
    index = {k: n for n, k in enumerate(sorted(set(keys.values())))}
    groups = _Groups(len(index))
    for a, b in combinations(facts[:COPY_CHECK_LIMIT], 2):
        ka, kb = keys[a.event.briefing], keys[b.event.briefing]
        if ka != kb and a.language == b.language and fuzz.ratio(a.words, b.words) >= COPY_MIN:
            groups.union(index[ka], index[kb])
    return len({groups.find(n) for n in index.values()})


def _entry(
    group: list[list[int]], facts: list[_Facts], briefings: dict[str, Briefing], registry: Registry, language: str
) -> ChronologyEntry:
    members = sorted((i for c in group for i in c), key=lambda i: facts[i].order)
    events = [facts[i].event for i in members]
    briefing_ids = tuple(dict.fromkeys(e.briefing for e in events))
    by_date: dict[str | None, tuple[str, ...]] = {}  # each cluster's most precise date -> its briefings
    for c in sorted(group, key=lambda c: -max(len(facts[i].event.date or "") for i in c)):
        dated = [facts[i].event.date for i in c if facts[i].event.date]
        best = max(dated, key=len) if dated else None
        # clusters of a conflict group whose dates are compatible ("2018", "2018-01") count as one date
        key = next((d for d in by_date if d and best and compatible(d, best)), best)
        by_date[key] = tuple(dict.fromkeys(by_date.get(key, ()) + tuple(facts[i].event.briefing for i in sorted(c))))
    # place the entry where most sources put it, the earliest date on a tie
    date = min(by_date, key=lambda d: (-len(by_date[d]), d or ""))
    conflicts = (Conflict({d: by_date[d] for d in sorted(d for d in by_date if d)}),) if len(by_date) > 1 else ()
    at_date = [e for e in events if e.date == date] or events
    basis = min((e.date_basis for e in at_date), key=lambda b: BASIS_RANK.get(b, 9))
    lead = min(at_date, key=lambda e: (BASIS_RANK.get(e.date_basis, 9), briefings[e.briefing].language != language))
    counts = Counter(a for e in events for a in e.actors)
    first = {a: n for n, a in enumerate(dict.fromkeys(a for e in events for a in e.actors))}
    actors = tuple(sorted(counts, key=lambda a: (-counts[a], first[a])))
    common = set.intersection(*(set(facts[i].kinds) for i in members))
    order = lexicon().order
    carried = Counter(k for i in members for k in facts[i].kinds)  # no kind in common: those most events carry
    kinds = tuple(k for k in order if k in (common or {k for k, n in carried.items() if n == max(carried.values())}))
    shared_actors = [a for a in actors if counts[a] == len(events)] or list(actors)
    label = _label(date, kinds, shared_actors, lead.summary, registry)
    digest = hashlib.blake2s(events[0].id.encode(), digest_size=4).hexdigest()
    return ChronologyEntry(
        id=f"entry-{date or 'undated'}-{digest}",
        date=date,
        basis=basis,
        planned=events[0].planned,
        events=tuple(e.id for e in events),
        briefings=briefing_ids,
        actors=actors,
        kinds=kinds,
        summary=lead.summary,
        label=label,
        corroboration=_independent([briefings[b] for b in briefing_ids], [facts[i] for i in members], registry),
        conflicts=conflicts,
        yearless=None if date else max((e.yearless for e in events if e.yearless), key=len, default=None),
    )


def _kept_entry(
    group: list[list[int]],
    facts: list[_Facts],
    briefings: dict[str, Briefing],
    registry: Registry,
    language: str,
    kept: tuple[_Kept, _Kept],
) -> ChronologyEntry:
    """`_entry`, or the last link's entry when what it was made of is the same (see `_Kept`)."""
    members = sorted((i for c in group for i in c), key=lambda i: facts[i].order)
    reported = dict.fromkeys(facts[i].event.briefing for i in members)
    key = (
        language,
        tuple(facts[i].event for i in members),
        tuple(tuple(facts[i].event.id for i in c) for c in group),
        tuple((b, briefings[b].language, briefings[b].publisher) for b in reported),
    )
    first, (last, now) = facts[members[0]].event.id, kept
    found = last.entries.get(first)
    if found is not None and last.relabelled is not None and not _same_reading(key[1], last):
        found = None
    entry = found[1] if found is not None and found[0] == key else _entry(group, facts, briefings, registry, language)
    now.entries[first] = (key, entry)
    return entry


def _same_reading(events: tuple[Event, ...], last: _Kept) -> bool:
    """After a registry edit: whether an entry of these events reads of the registries what it read before (the
    facts of its events, the names and kinds of their actors; its sources' outlets are unchanged, see `_keep`)."""
    relabelled = last.relabelled or set()
    return not any(id(e) in last.changed or not relabelled.isdisjoint(e.actors) for e in events)


def _label(date: str | None, kinds: tuple[str, ...], actors: list[str], summary: str, registry: Registry) -> str:
    """The entry in a few words, for reasons and backlinks."""
    when = display_date(date) if date else "undated"  # a year-less date is not enough to name an entry by
    if not kinds:
        # the label quotes the sentence itself: a quotation mark opening it would be doubled (“"As part of…”)
        short = " ".join(summary.split()[:8]).rstrip("…,.;:،").strip("\"'“”„«»‘’‚ ")
        return f"the {when} report “{short}…”"
    names = [registry.actors[a].name for a in actors if a in registry.actors and registry.actors[a].kind != "place"][:2]
    return " ".join(["the", when, "–".join(names), lexicon().labels[kinds[0]]]).replace("  ", " ")


def _pages(entries: list[ChronologyEntry], kept: tuple[_Kept, _Kept] | None = None) -> list[ChronologyEntry]:
    """Where each entry lives: one page while they are few, then a page per year (and planned, undated),
    and a year of more than PAGE_LIMIT entries in parts ("chronology/2018-2/"), so no page grows with N.
    `kept`: an entry the last link placed on the same page is that very object again (later stages compare
    what they are made from with the last build's: the same object compares at once)."""
    last, now = kept or (_Kept(), _Kept())
    if len(entries) <= PAGE_LIMIT:
        return entries

    def page(e: ChronologyEntry) -> str:
        if e.planned:
            return "chronology/planned/"
        return f"chronology/{e.date[:4]}/" if e.date else "chronology/undated/"

    placed, counts = [], Counter[str]()
    for e in entries:  # sorted by date: each part holds consecutive dates
        group = page(e)
        part = counts[group] // PAGE_LIMIT + 1
        counts[group] += 1
        where = group if part == 1 else f"{group.rstrip('/')}-{part}/"
        old = last.placed.get(e.id)
        placed.append(old[1] if old is not None and old[0] is e and old[1].page == where else replace(e, page=where))
        now.placed[e.id] = (e, placed[-1])
    return placed


def chronology(briefings: list[Briefing], registry: Registry, keep: bool = False) -> list[ChronologyEntry]:
    """Every event of every briefing in one list of entries, oldest first, undated last. `keep`: what it made is
    kept for the next call in this process, which takes what is still the same (see `_Kept`)."""
    return _chronology(briefings, registry, _keep(registry, lexicon(), keep))


def _chronology(briefings: list[Briefing], registry: Registry, kept: tuple[_Kept, _Kept]) -> list[ChronologyEntry]:
    ordered = sorted(briefings, key=lambda b: b.source.path)
    language = Counter(b.language for b in ordered).most_common(1)[0][0] if ordered else "en"
    facts = _facts([(e, b.language) for b in ordered for e in b.events], registry, kept)
    by_id = {b.id: b for b in ordered}
    entries = [_kept_entry(group, facts, by_id, registry, language, kept) for group in cluster(facts, kept)]
    entries.sort(key=lambda e: (e.date is None, e.planned, e.date or "", e.yearless is None, e.yearless or "", e.id))
    return _pages(entries, kept)


# --- related briefings, co-occurrence, backlinks -----------------------------------------------


def related(
    briefings: list[Briefing],
    entries: list[ChronologyEntry],
    registry: Registry,
    kept: tuple[_RelatedKept | None, _Kept] | None = None,
) -> dict[str, list[Related]]:
    """Per briefing, the others ranked by shared entries, then by shared actors weighted by rarity (idf).

    Candidates come from two indexes, entry -> briefings and actor -> briefings, each capped; an
    actor every source names has an idf of 0 and relates nothing. `kept` (a preview's): the last result, of which
    a briefing's list is taken again, or its ranking with today's rarities, when it cannot change (see `_rescored`)."""
    n = len(briefings)
    entries_of: dict[str, list[ChronologyEntry]] = defaultdict(list)
    for entry in entries:
        for b in entry.briefings:
            entries_of[b].append(entry)
    postings: dict[str, list[str]] = defaultdict(list)
    for b in briefings:
        for actor in dict.fromkeys(b.actors):
            postings[actor].append(b.id)
    idf = {a: math.log(n / len(ids)) for a, ids in postings.items()}
    actor_sets = {b.id: set(b.actors) for b in briefings}
    # an id the registry lacks (a frontmatter's typo, reported as an error) is ranked by itself
    rank = {a: (-weight, actor.name if (actor := registry.actors.get(a)) else a) for a, weight in idf.items() if weight > 0}
    index = _Index(entries_of, postings, idf, actor_sets, rank, {e.id: e for e in entries})
    if kept is None:
        return {b.id: _related_to(b, index, registry)[0] for b in briefings}
    last, now = kept
    reported = {b.id: tuple((e.id, e.label, e.briefings) for e in entries_of[b.id]) for b in briefings}
    changes = _Changes.between(last, briefings) if last is not None else None
    found, ranked = {}, {}
    shifts = _idf_shifts(index, changes) if changes is not None else {}
    for b in briefings:
        again = _rescored(b, index, registry, reported[b.id], changes, shifts) if changes is not None else None
        found[b.id], ranked[b.id] = again or _related_to(b, index, registry)
    counts = {a: len(ids) for a, ids in postings.items()}
    now.related = _RelatedKept(n, {b.id: b for b in briefings}, reported, found, ranked, counts, idf)
    return found


@dataclass(frozen=True)
class _Changes:
    """What changed since the last `related`: the actors of the briefings added, removed or edited (named or no
    longer named), and of those only the edited ones' (their lists of actors changed: what they share with another)."""

    last: _RelatedKept
    changed: set[str]
    moved: set[str]
    edited_moved: set[str]

    @classmethod
    def between(cls, last: _RelatedKept, briefings: list[Briefing]) -> _Changes:
        now = {b.id: b for b in briefings}
        changed = {i for i, b in now.items() if last.briefings.get(i) is not b} | (last.briefings.keys() - now.keys())
        moved, edited_moved = set(), set()
        for i in changed:
            old, new = last.briefings.get(i), now.get(i)
            diff = set(old.actors if old else ()) ^ set(new.actors if new else ())
            moved |= diff
            if old and new:
                edited_moved |= diff
        return cls(last, changed, moved, edited_moved)


def _rescored(
    b: Briefing,
    index: _Index,
    registry: Registry,
    reported: tuple[object, ...],
    changes: _Changes,
    shifts: dict[str, float | None],
) -> tuple[list[Related], Ranked] | None:
    """The last related list of an unchanged briefing with the same entries (ids, labels, sources), made with today's
    rarities; None when it may rank others than it did. Its candidates are the same when no actor it names was
    named or unnamed by an edited briefing (what it shares with another is the same), and an actor whose sources
    changed is named by too many to propose any (POSTING_CAP). Each candidate's weight then moves by the change of
    its shared actors' idf, by at most `bound` apart from another's: a ranking whose neighbours (the last kept key
    bounding every other candidate) are further apart than that keeps its order. Postings' order decides nothing."""
    last = changes.last
    top = last.ranked.get(b.id)
    mine = index.actor_sets[b.id]
    if top is None or b.id in changes.changed or last.entries.get(b.id) != reported or not changes.edited_moved.isdisjoint(mine):
        return None
    bound = _idf_bound(mine, shifts)
    if bound is None:
        return None
    if bound == 0:
        return last.related[b.id], top
    for (entries, minus, _), (next_entries, next_minus, _) in pairwise(top):
        if entries == next_entries and next_minus - minus <= bound + RESCORE_MARGIN:
            return None
    found = []
    ranked: Ranked = []
    for (entries, _, other), was in zip(top, last.related[b.id], strict=False):
        weight = math.fsum(map(index.idf.__getitem__, mine & index.actor_sets[other]))
        found.append(_pair(b.id, other, was.entries, weight, index, registry, was))
        ranked.append((entries, -weight, other))
    if ranked != sorted(ranked):
        return None
    if len(top) > RELATED_LIMIT:  # every other candidate's weight is at most this one's now
        entries, minus, _ = top[RELATED_LIMIT]
        ranked.append((entries, minus - bound, ""))
    return found, ranked


def _idf_shifts(index: _Index, changes: _Changes) -> dict[str, float | None]:
    """Each actor's part in `_idf_bound`, worked out once per link instead of once per briefing naming it (at 10,000
    sources every unchanged briefing's actors were looked up again): how far its idf moved, or None when it became or
    stopped being 0 or its sources are candidates. Actors whose idf did not move (every one after an edit that adds
    or deletes no source, but those whose sources changed) are left out: they add nothing."""
    last, n = changes.last, len(index.actor_sets)
    shifts: dict[str, float | None] = {}
    for a, ids in index.postings.items():
        before, now = last.counts.get(a), len(ids)
        if before is None or (before >= last.count and now >= n):
            continue  # named by no briefing of the last link (no kept list names it), or an idf of 0 both times
        if before >= last.count or now >= n or (a in changes.moved and min(before, now) <= POSTING_CAP):
            shifts[a] = None
        elif shift := abs(index.idf[a] - last.idf[a]):
            shifts[a] = shift
    return shifts


def _idf_bound(mine: set[str], shifts: dict[str, float | None]) -> float | None:
    """How far the weights of a briefing's candidates may have moved with its actors' idf (`_idf_shifts`); None when
    an actor's idf became or stopped being 0 (a weight then leaves out or takes in a shared actor) or its sources are
    candidates. Summed in the order of `mine`, as each actor's shift was: the same float."""
    if mine.isdisjoint(shifts):
        return 0.0
    bound = 0.0
    for a in mine:
        if a in shifts:
            shift = shifts[a]
            if shift is None:
                return None
            bound += shift
    return bound


@dataclass(frozen=True)
class _Index:
    entries_of: dict[str, list[ChronologyEntry]]  # briefing id -> its chronology entries
    postings: dict[str, list[str]]  # actor -> briefing ids naming it
    idf: dict[str, float]
    actor_sets: dict[str, set[str]]
    rank: dict[str, tuple[float, str]]  # actor (of idf above 0) -> where it goes among shared actors: rarest first
    entry: dict[str, ChronologyEntry]  # entry id -> the entry


def _related_to(b: Briefing, index: _Index, registry: Registry) -> tuple[list[Related], Ranked]:
    """The related list, and the ranking keys of its members and of the next candidate."""
    idf, actor_sets, postings = index.idf, index.actor_sets, index.postings
    shared_entries: dict[str, list[ChronologyEntry]] = defaultdict(list)
    for entry in index.entries_of[b.id]:
        for other in entry.briefings[:POSTING_CAP]:
            if other != b.id:
                shared_entries[other].append(entry)
    # the rarest actors this briefing shares with at least one other (one only it names relates nothing)
    sharable = (a for a in actor_sets[b.id] if idf[a] > 0 and 2 <= len(postings[a]) <= POSTING_CAP)
    rare = sorted(sharable, key=lambda a: (-idf[a], a))
    candidates = set(shared_entries).union(*(postings[a] for a in rare[:RARE_ACTORS])) - {b.id}
    scored = []
    mine, weight_of = actor_sets[b.id], idf.__getitem__
    for other in candidates:
        # fsum: exact, so the order a set gives (it changes with the hash seed) cannot change a tie
        weight = math.fsum(map(weight_of, mine & actor_sets[other]))
        if shared_entries[other] or weight:
            scored.append((-len(shared_entries[other]), -weight, other))
    ranked = heapq.nsmallest(RELATED_LIMIT + 1, scored)
    pairs = [
        _pair(b.id, other, tuple(e.id for e in shared_entries[other]), -minus, index, registry)
        for _, minus, other in ranked[:RELATED_LIMIT]
    ]
    return pairs, ranked


def _pair(
    briefing: str,
    other: str,
    shared: tuple[str, ...],
    weight: float,
    index: _Index,
    registry: Registry,
    was: Related | None = None,
) -> Related:
    """One related briefing: the `shared` entries' ids, `weight` (the idf of the actors both name), and its reason, which
    is `was`'s (the last build's, of the same entries) while it shares the same actors in the same order."""
    both = (a for a in index.actor_sets[briefing] & index.actor_sets[other] if a in index.rank)
    actors = tuple(sorted(both, key=index.rank.__getitem__))
    if was is not None and was.actors == actors:
        reason = was.reason
    else:
        reason = _reason([index.entry[e] for e in shared], actors, registry)
    return Related(other, reason, shared, actors, len(shared) + weight)


def _reason(entries: list[ChronologyEntry], actors: tuple[str, ...], registry: Registry) -> str:
    parts = []
    if entries:
        more = f" and {len(entries) - 2} more events" if len(entries) > 2 else ""
        parts.append("also reports " + " and ".join(e.label for e in entries[:2]) + more)
    if actors:
        more = f" and {len(actors) - 3} more" if len(actors) > 3 else ""
        parts.append("shares " + ", ".join(registry.actors[a].name for a in actors[:3]) + more)
    return "; ".join(parts)


@dataclass(frozen=True)
class _Cooccurring:
    """What `cooccurrence` last counted: each source's briefing (compared by identity) and the actors it counted of it,
    by source path; and each actor's row."""

    named: dict[str, tuple[Briefing, tuple[str, ...]]]
    rows: dict[str, dict[str, int]]


def cooccurrence(briefings: list[Briefing], kept: tuple[_Cooccurring | None, _Kept] | None = None) -> dict[str, dict[str, int]]:
    """Actor -> other actor -> number of sources that name both, most first (a tie in the order first named together).
    An actor's row is a function of the actor lists of the sources naming it, in their order: `kept` (a preview's) takes
    the last rows of the actors that no source added, deleted or changed names or named (at 10,000 sources counting
    every row again took a tenth of an edit)."""
    last, now = kept if kept is not None else (None, None)
    before = last.named if last is not None else {}
    named = [_counted(b, before) for b in briefings]
    sources: dict[str, list[int]] = defaultdict(list)  # actor -> the sources naming it with another, in order
    for i, actors in enumerate(named):
        if len(actors) >= 2:
            for a in actors:
                sources[a].append(i)
    moved = _moved(before, briefings, named) if last is not None else None
    rows = {
        a: last.rows[a] if last is not None and moved is not None and a not in moved else _row(a, [named[i] for i in found])
        for a, found in sources.items()
    }
    if now is not None:
        now.cooccurring = _Cooccurring({b.source.path: (b, actors) for b, actors in zip(briefings, named, strict=True)}, rows)
    return rows


def _counted(b: Briefing, before: dict[str, tuple[Briefing, tuple[str, ...]]]) -> tuple[str, ...]:
    """The actors a briefing counts, once each, sorted; the last count's for the very same briefing."""
    kept = before.get(b.source.path)
    return kept[1] if kept is not None and kept[0] is b else tuple(sorted(set(b.actors)))


def _moved(
    before: dict[str, tuple[Briefing, tuple[str, ...]]], briefings: list[Briefing], named: list[tuple[str, ...]]
) -> set[str]:
    """The actors of every source added, deleted, or counting other actors than it did: only their rows can change."""
    moved: set[str] = set()
    now = {b.source.path: actors for b, actors in zip(briefings, named, strict=True)}
    for path in now.keys() | before.keys():
        was = before[path][1] if path in before else ()
        if now.get(path, ()) != was:
            moved.update(was, now.get(path, ()))
    return moved


def _row(actor: str, named: list[tuple[str, ...]]) -> dict[str, int]:
    """One actor's row: the sources naming it, in order (each a sorted list). Counter.update counts in C, each list
    whole (the actor itself too, removed after) instead of a loop over pairs; others are first counted in sorted
    order, so most_common breaks ties by the first source naming both, then by id."""
    counts: Counter[str] = Counter()
    for actors in named:
        counts.update(actors)
    del counts[actor]
    return dict(counts.most_common())


def backlinks(
    briefings: list[Briefing],
    entries: list[ChronologyEntry],
    rel: dict[str, list[Related]],
    registry: Registry,
    kept: tuple[EntryLinks, EntryLinks] | None = None,
    others: tuple[KeptLinks, KeptLinks] | None = None,
) -> dict[str, list[Backlink]]:
    """Per briefing, the chronology entries, actor pages and other briefings that link to it. One link to each entry,
    actor and briefing, shared by every briefing it links to (at 10,000 sources a rebuild made about 150,000 links);
    `kept` (a preview's): the last links to entries, each taken again while its entry is the same object (`_pages`),
    and where to keep this call's; `others` the same for the links to actors and briefings (`_kept_link`)."""
    last, now = kept or ({}, {})
    link_to = partial(_kept_link, *(others or ({}, {})))
    links: dict[str, list[Backlink]] = {b.id: [] for b in briefings}
    for entry in entries:
        found = last.get(entry.id)
        if found is None or found[0] is not entry:  # a new entry object: its link kept while its fields are the same
            made = Backlink(entry.path, entry.label.removeprefix("the "), "chronology")
            found = (entry, found[1] if found is not None and found[1] == made else made)
        now[entry.id] = found
        for b in entry.briefings:
            links[b].append(found[1])
    to_actor: dict[str, Backlink] = {}
    for b in briefings:
        for actor in b.actors:
            if actor in registry.actors:
                if actor not in to_actor:
                    to_actor[actor] = link_to(registry.actors[actor].path, registry.actors[actor].name, "actor")
                links[b.id].append(to_actor[actor])
    titles = {b.id: b for b in briefings}
    for source, items in sorted(rel.items()):
        to_source = link_to(titles[source].path, titles[source].title, "briefing")
        for r in items:
            links[r.briefing].append(to_source)
    return links


def _kept_link(last: KeptLinks, now: KeptLinks, path: str, label: str, kind: str) -> Backlink:
    """The link to an actor's or a briefing's page, the last build's very object when it has the same fields: a
    preview compares each briefing page's backlinks with the last build's (memo.briefing_inputs), and the very same
    objects compare at once (a new one cost a dataclass comparison, in Python, for each actor and related briefing
    of every briefing page)."""
    key = (path, label, kind)
    found = now.get(key) or last.get(key) or Backlink(path, label, kind)
    now[key] = found
    return found


def link(briefings: Iterable[Briefing], registry: Registry, keep: bool = False) -> Links:
    """The link stage: everything that connects one briefing to the others (some of it made when first read).
    `keep`: a preview's, see `chronology`."""
    items = sorted(briefings, key=lambda b: b.source.path)
    kept = _keep(registry, lexicon(), keep)
    entries = _chronology(items, registry, kept)
    by_actor: dict[str, list[ChronologyEntry]] = defaultdict(list)
    for entry in entries:
        for actor in entry.actors:
            by_actor[actor].append(entry)
    return Links(
        entries=entries,
        entry_of={event: e.id for e in entries for event in e.events},
        events={e.id: e for b in items for e in b.events},
        by_id={e.id: e for e in entries},
        briefings={b.id: b for b in items},
        by_actor=dict(by_actor),
        registry=registry,
        kept=(kept[0].related, kept[1]) if keep else None,
        entry_links=(kept[0].backlinks, kept[1].backlinks) if keep else None,
        other_links=(kept[0].other_links, kept[1].other_links) if keep else None,
        cooccurring=(kept[0].cooccurring, kept[1]) if keep else None,
    )
