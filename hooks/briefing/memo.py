"""Generated pages' Markdown remembered between the builds of one process (`mkdocs serve --dirty`), and made
again only when what it is made from changed: at 1,000 sources, making every page's Markdown again costs
more than the whole rebuild may take, though an edit changes a handful of them.

Kept: the briefing pages (`briefing_inputs` names everything `render.briefing_page` and its templates read), the
reliability overview (`reliability_inputs`), the chronology and actor pages (each `linkpages.LinkPage` says what it
is made from), and each briefing's assessment (`assessment_inputs`); the feed says its own (`exports.INPUTS`). Two
builds that give equal inputs give the same Markdown. The model's records are frozen dataclasses, so equal means
the same values (and for the unchanged sources, the last build's very objects: `pipeline.same_objects`, compared
at once). What every page but a briefing's may show of the whole site (`site_inputs`: the language, the registries,
every actor's name) is compared once: when it changed, only the briefing pages and assessments are kept, each while
what it reads of the registries is the same (`shown_actors`, `registry_reads`), and the actor and chronology pages
that show none of the actors whose name, kind or path changed (`linkpages.LinkPage.shows`): an actor renamed in the
registry remakes the pages that show it. The Markdown itself is kept on disk (`textstore.py`: a gigabyte at 10,000
sources), read back only when a plugin asks for an unchanged page's Markdown. A template that reads more of the site
must add it to its inputs: tests/test_preview.py compares the served site with a full build after edits, a new title
and publisher, additions, deletions, renames and a registry edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial
from operator import is_
from typing import Any

from mkdocs.plugins import get_plugin_logger

from . import render
from .assess import Assessment
from .background import made_in_two
from .link import ChronologyEntry, Links, Related
from .linkpages import LinkPage
from .model import Briefing
from .site import Site
from .textstore import Stored, TextStore

log = get_plugin_logger("briefing")
Makers = dict[str, Callable[[], str]]
RELIABILITY_PAGE = "reliability/index.md"
AHEAD_MIN = 50  # pages to make in a rebuild from which they are made in two processes (made_ahead): a fork costs more
STATE_NOTE = "state-affiliated"  # the one note that shows an outlet's state


def _listing_inputs(site: Site, makers: Makers) -> dict[str, Callable[[], tuple[object, ...]]]:
    """A year's listing page is made from its briefings' rows and the year's other parts (`render.listing_page`):
    at 10,000 sources an edit made all 51 of them again, though it changes the rows of one at most."""
    return {
        path: partial(listing_inputs, site, *make.args[1:])
        for path, make in makers.items()
        if isinstance(make, partial) and make.func is render.listing_page
    }


def listing_inputs(site: Site, listing: render.Listing, split: list[render.Listing]) -> tuple[object, ...]:
    """What `render.listing_page` and briefings.md.j2 read: the year's parts, and each briefing's row."""
    parts = tuple((other.path, other.number) for other in split if other.year == listing.year)
    rows = tuple((b.path, b.title, b.published.date, b.published.estimate, b.publisher, b.language) for b in listing.briefings)
    return (site.language, listing.year, listing.number, listing.path, parts, rows)


def briefing_inputs(b: Briefing, site: Site, actors: tuple[object, ...]) -> tuple[object, ...]:
    """What `render.briefing_page` shows besides the briefing itself: of its related briefings and its events'
    chronology entries, only the fields its templates read. A source added or deleted changes every actor's rarity
    (the related lists' scores) and an edit adds events to entries, while most pages show the same. `actors`: its
    `shown_actors`."""
    links = site.links
    briefings = links.briefings
    entries = (links.entry_for(e.id) for e in b.events)
    return (
        b,
        site.language,
        actors,  # tags, the actors list, the first mention's link
        site.assessments.get(b.id),  # the reliability note
        tuple((r.reason, briefings[r.briefing].title, briefings[r.briefing].path) for r in links.related.get(b.id, ())),
        tuple(links.backlinks.get(b.id, ())),
        tuple(e and (e.path, e.label, e.corroboration, e.conflicts) for e in entries),
    )


def _stale_briefings(
    site: Site,
    last: dict[str, tuple[Briefing, tuple[object, ...]]],
    reassessed: set[str],
    related: dict[str, list[Related]] | None,
    entries: dict[str, ChronologyEntry],
) -> set[str] | None:
    """The briefings whose `briefing_inputs` may differ from the last build's, worked out from what changed rather
    than by making every briefing's inputs (at 10,000 sources an edit made 10,000 of them to find the few that differ);
    None when that cannot be told so (no last build, a source added or deleted, a changed briefing's title or path,
    which the pages listing or linking to it show): then every briefing's are compared. Called while every
    actor's name, kind and path and the site's language are the last build's (`site_inputs`). The others' inputs are
    the last ones: the same briefing object (so the same shown actors), the same assessment, the same related list
    (the very object, or one ranked again to the same members and reasons) whose members' titles and paths are
    unchanged, the same or equal chronology entries (and so the same backlinks from entries), and no related list
    that gained or lost them (the backlinks from other briefings)."""
    links = site.links
    now = links.briefings
    if related is None or now.keys() != last.keys():
        return None
    changed = {i for i, b in now.items() if last[i][0] is not b}
    if any((last[i][0].title, last[i][0].path) != (now[i].title, now[i].path) for i in changed):
        return None
    stale = changed | reassessed
    for i, found in links.related.items():
        was = related.get(i)
        if was is not found and was != found:  # ranked anew to another list: it, and the backlinks of whom it lists or listed
            stale.add(i)
            stale.update(r.briefing for r in found)
            stale.update(r.briefing for r in was or ())
    for entry in links.entries:
        old = entries.get(entry.id)
        if old is not entry and old != entry:  # a new or changed entry: its label, page or sources on its briefings' pages
            stale.update(entry.briefings)
    return stale


def assessment_inputs(
    b: Briefing, site: Site, actors: tuple[object, ...], reporting: dict[str, tuple[object, ...]]
) -> tuple[object, ...]:
    """What `assess.assess` reads besides the registries and the site's language: the briefing, its chronology
    entries (not their labels or summaries, which name actors) and the briefings that report them (agreeing and
    conflicting sources, their outlets: `reporting`, by entry id), and of the actors it names only their kinds
    (`assessed_actors`)."""
    entries = tuple(site.links.entry_for(e.id) for e in b.events)
    return (
        b,
        tuple(e and (e.id, e.date, e.planned, e.events, e.briefings, e.corroboration, e.conflicts, e.page) for e in entries),
        tuple(reporting[e.id] for e in entries if e is not None),
        assessed_actors(actors),
    )


AssessedFrom = tuple[Briefing, tuple[object, ...], tuple[object, ...]]  # a briefing, its shown_actors, its events' entries


def assessed_from(b: Briefing, site: Site, actors: tuple[object, ...]) -> AssessedFrom:
    """What an assessment's inputs are made from, as the very objects: the briefing, its `shown_actors` and its events'
    chronology entries."""
    return (b, actors, tuple(map(site.links.entry_for, [e.id for e in b.events])))


def touched_entries(site: Site, last: dict[str, AssessedFrom], now: dict[str, AssessedFrom]) -> set[str]:
    """The chronology entries reported by a briefing added, removed or changed since the last build (not the very same
    object): what `assessment_inputs` reads of the briefings reporting an entry (`reported_as`) is unchanged elsewhere."""
    changed = {i for i, read in now.items() if (was := last.get(i)) is None or was[0] is not read[0]}
    changed |= last.keys() - now.keys()
    return {e.id for e in site.links.entries if not changed.isdisjoint(e.briefings)} if changed else set()


def same_reads(last: AssessedFrom | None, now: AssessedFrom, touched: set[str]) -> bool:
    """Whether an assessment's inputs are the last build's without making them (`assessment_inputs`): the very same
    briefing, shown actors and entries (frozen: the same fields), none of them reported by a changed briefing."""
    return (
        last is not None
        and last[0] is now[0]
        and last[1] is now[1]
        and len(last[2]) == len(now[2])
        and all(map(is_, last[2], now[2]))
        and not any(e is not None and e.id in touched for e in now[2])
    )


def assessed_actors(shown: tuple[Any, ...]) -> tuple[object, ...]:
    """What `assess.assess` reads of the actors a briefing names, from its `shown_actors`: their kinds (a person's
    title is checked against the roles). The names it shows are the role holders' (`registry_reads`) and the outlets'
    states' (`outlet_states`): renaming any other actor keeps the assessments of the hundreds of sources naming it."""
    return tuple((i, found and found[1]) for i, found in shown)


def reporting_briefings(site: Site) -> dict[str, tuple[object, ...]]:
    """Each chronology entry's briefings as `assess` reads them (`reported_as`), made once: an entry reported by
    hundreds of sources is read by each of them: listed again for each, 3.5 million items a rebuild at 10,000
    sources (15 s of a profiled one)."""
    reported = {i: reported_as(b) for i, b in site.links.briefings.items()}
    return {e.id: tuple(reported.get(i) for i in e.briefings) for e in site.links.entries}


def reported_as(b: Briefing) -> tuple[object, ...]:
    """What `assess.assess` reads of another briefing that reports the same entry: its name in the notes (title and
    publisher) and its outlet (`link.outlet_key`: the publisher, or its id). An edit of one source's text changes its
    briefing: compared whole, that assessed again every source sharing an entry with it (39 of 1,000)."""
    return (b.id, b.title, b.publisher)


def shown_actors(b: Briefing, site: Site) -> tuple[object, ...]:
    """What a briefing's page and assessment read of the actors it lists and mentions: name, kind and path."""
    ids = dict.fromkeys([*b.actors, *(m.actor for m in b.mentions)])
    return tuple((i, a and (a.name, a.kind, a.path)) for i in ids for a in [site.registry.actors.get(i)])


def registry_reads(site: Site) -> tuple[object, ...]:
    """What assessments read of the registries besides the actors a briefing names (`shown_actors`) and the names of
    the outlets' states (`outlet_states`): the outlets, and every dated role with the name of who held it; and the
    site's language."""
    actors = site.registry.actors
    outlets = tuple(replace(o, line=0) for o in site.registry.outlets.values())
    roles = tuple((a.id, a.name, a.roles) for a in actors.values() if a.roles)
    return (site.language, outlets, roles)


def outlet_states(site: Site) -> tuple[object, ...]:
    """The name of each outlet's state: only a state-affiliated note shows it (`assess.state_affiliated`)."""
    actors = site.registry.actors
    return tuple((o.id, o.state, a and a.name) for o in site.registry.outlets.values() if o.state for a in [actors.get(o.state)])


def _names_a_state(a: Assessment | None) -> bool:
    return a is None or any(note.code == STATE_NOTE for note in a.notes)


def reliability_inputs(site: Site) -> tuple[object, ...]:
    """What the "Sources and reliability" overview (`render.reliability_page`) shows of each briefing, and its
    assessment."""
    return tuple(render.reliability_row_inputs(b, site.assessments[b.id]) for b in site.briefings)


def site_inputs(site: Site) -> tuple[object, ...]:
    """What every page may read of the whole site: its language, the registries, and every actor's name, kind and
    path (tags and links; detected actors come from the sources, not the registry files). Compared once a build."""
    roster = tuple((a.id, a.name, a.kind, a.path) for a in site.registry.actors.values())
    return (site.language, site.registry.digest, roster)


def changed_actors(last: tuple[object, ...], now: tuple[object, ...]) -> set[str] | None:
    """The actors whose name, kind or path differ between two builds' `site_inputs` (added and removed ones too);
    None when the language changed, which every page may show."""
    if not last or last[0] != now[0]:
        return None
    before, after = ({entry[0]: entry for entry in inputs[2]} for inputs in (last, now))
    return {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}


def _shows_none(make: object, changed: set[str] | None) -> bool:
    """Whether a page shows none of these actors, and nothing else of the registries but what its inputs hold."""
    return changed is not None and isinstance(make, LinkPage) and make.shows is not None and make.shows().isdisjoint(changed)


class PageMemo:
    def __init__(self) -> None:
        self.kept: dict[str, tuple[tuple[object, ...], Stored]] = {}  # page path -> (inputs, its Markdown in `texts`)
        self.texts = TextStore()
        self.inputs: dict[str, Callable[[], tuple[object, ...]]] = {}  # this build's: what each kept page is made from
        self.found: dict[str, tuple[object, ...]] = {}  # ... as worked out by last_text, for the page's maker
        self.site: tuple[object, ...] = ()
        self.reads: tuple[object, ...] = ()  # registry_reads of the last build
        self.states: tuple[object, ...] = ()  # ... and its outlet_states
        self.exports: dict[str, object] = {}  # export path -> what it was last made from (exports.write_exports)
        self.assessed: dict[str, tuple[object, ...]] = {}  # briefing id -> what its assessment was made from
        self.assessments: dict[str, Assessment] = {}  # ... and the assessments the last build made, as it made them
        self.assessed_from: dict[str, AssessedFrom] = {}  # briefing id -> what its assessed inputs were made from
        self.briefings: dict[str, Briefing] = {}  # source path -> the last build's briefing (pipeline.same_objects)
        self.actors: dict[str, tuple[Briefing, tuple[object, ...]]] = {}  # briefing id -> it and its shown_actors
        self.rows: render.Rows = {}  # the reliability overview's rows, each rendered again only when it changed
        self.plain: Makers = {}  # this build's makers as render made them: they change nothing the next build reads
        self.ready: dict[str, Stored] = {}  # page path -> its Markdown, made ahead of its maker's call (in `texts`)
        self.links: Links | None = None  # this build's link stage, until finish (its related lists are kept then)
        self.related: dict[str, list[Related]] | None = None  # the last build's related lists, the very objects
        self.entries: dict[str, ChronologyEntry] = {}  # ... and its chronology entries, by id
        self.settled: set[str] = set()  # this build's briefing pages whose inputs are known to be the last build's

    def _shown_actors(self, site: Site, same_roster: bool) -> dict[str, tuple[object, ...]]:
        """Each briefing's `shown_actors`, the last build's while the briefing is the very same object and every
        actor's name, kind and path are the same (`site_inputs`): all it reads."""
        last = self.actors if same_roster else {}
        self.actors = {
            b.id: (b, kept[1] if (kept := last.get(b.id)) is not None and kept[0] is b else shown_actors(b, site))
            for b in site.briefings
        }
        return {i: kept[1] for i, kept in self.actors.items()}

    def _assessments(self, site: Site, actors: dict[str, tuple[object, ...]]) -> set[str]:
        """The last build's assessment of each briefing whose inputs are unchanged: assessing every source again
        takes seconds at 1,000 sources, and the pages and exports read them all. The inputs of a briefing whose
        briefing, actors and entries are the very objects of the last build (`same_reads`) are the last ones, not
        made again: at 10,000 sources making every briefing's took a thirtieth of an edit. The briefings assessed
        again (their assessment is not the last build's object)."""
        reporting = cache(partial(reporting_briefings, site))
        now = {b.id: assessed_from(b, site, actors[b.id]) for b in site.briefings}
        touched = touched_entries(site, self.assessed_from, now)
        inputs = {
            b.id: self.assessed[b.id]
            if b.id in self.assessed and same_reads(self.assessed_from.get(b.id), now[b.id], touched)
            else assessment_inputs(b, site, actors[b.id], reporting())
            for b in site.briefings
        }
        same = {i: self.assessments[i] for i, found in inputs.items() if i in self.assessments and self.assessed.get(i) == found}
        self.assessed, self.assessments, self.assessed_from = inputs, site.assessments.known(same), now
        return inputs.keys() - same.keys()

    def makers(self, site: Site, makers: Makers) -> Makers:
        """The same makers; a briefing page or a page of the link stage whose inputs equal the last build's is its
        last Markdown (a listing page too, `listing_inputs`). Any other page is made every time."""
        whole = site_inputs(site)
        same_site, last_briefings = whole == self.site, self.actors
        actors = self._shown_actors(site, same_site)
        inputs: dict[str, Callable[[], tuple[object, ...]]] = {
            f"briefings/{b.id}.md": partial(briefing_inputs, b, site, actors[b.id]) for b in site.briefings
        }
        inputs.update({path: make.inputs for path, make in makers.items() if isinstance(make, LinkPage)})
        inputs.update(_listing_inputs(site, makers))
        inputs[RELIABILITY_PAGE] = partial(reliability_inputs, site)
        if whole != self.site:  # briefing pages say what they read of the whole, some link pages which actors they show
            changed = changed_actors(self.site, whole)
            self.kept = {
                path: kept
                for path, kept in self.kept.items()
                if path in inputs and (path.startswith("briefings/") or _shows_none(makers.get(path), changed))
            }
            self.site = whole
        reads, states = registry_reads(site), outlet_states(site)
        if reads != self.reads:
            self.assessed, self.reads = {}, reads
        elif states != self.states:  # a state renamed: only the notes that name an outlet's state change
            self.assessed = {i: found for i, found in self.assessed.items() if not _names_a_state(self.assessments.get(i))}
        self.states = states
        reassessed = self._assessments(site, actors)
        stale = _stale_briefings(site, last_briefings, reassessed, self.related, self.entries) if same_site else None
        self.settled = set() if stale is None else {f"briefings/{i}.md" for i in site.links.briefings.keys() - stale}
        self.links, self.related, self.entries = site.links, None, site.links.by_id
        self.kept = {path: kept for path, kept in self.kept.items() if path in inputs}
        texts = self.texts.compact({path: kept[1] for path, kept in self.kept.items()})
        self.kept = {path: (kept[0], texts[path]) for path, kept in self.kept.items()}
        self.inputs, self.found = inputs, {}
        self.plain, self.ready = {path: make for path, make in makers.items() if path != RELIABILITY_PAGE}, {}
        if RELIABILITY_PAGE in makers:  # it keeps rows in this process: not made ahead
            makers = {**makers, RELIABILITY_PAGE: partial(render.reliability_page, site, self.rows)}
        return {
            path: partial(self._make, path, inputs[path], make) if path in inputs else partial(self._take, path, make)
            for path, make in makers.items()
        }

    def made_ahead(self, paths: list[str]) -> None:
        """The Markdown of these pages (those whose inputs changed: `last_text` gave None), made now, in this process
        and a forked one at once when they are many (`background.made_in_two`): a registry edit renaming a state makes
        700 pages at 1,000 sources, the largest part of its work, while the second core waits. Each page's maker then
        takes its text. Two processes make the same Markdown as one: the makers read only the model, which each has."""
        chosen = {path: self.plain[path] for path in paths if path in self.plain}
        if len(chosen) >= AHEAD_MIN:
            # each text on disk as soon as it is made, where `_make` keeps it: in a first build that is every page
            self.ready, second = made_in_two(chosen, keep=self.texts.put)
            log.info("preview: the Markdown of %d pages made at once, %d of them in a second process", len(chosen), second)

    def last_text(self, path: str) -> tuple[bytes, Callable[[], str]] | None:
        """When what the page at `path` is made from equals the last build's: its last Markdown's digest, and what
        reads that Markdown (only if a plugin asks for it). Else None: the page's maker makes it."""
        kept = self.kept.get(path)
        if kept is None or path not in self.inputs:
            return None
        if path in self.settled:
            return kept[1].digest, partial(self.texts.read, kept[1])
        found = self.inputs[path]()
        if kept[0] == found:
            return kept[1].digest, partial(self.texts.read, kept[1])
        self.found[path] = found
        return None

    def finish(self) -> None:
        """The build is over: what its pages were made from goes (it holds the whole site model); its related lists
        stay, if it made them, for the next build's `_stale_briefings`."""
        self.inputs, self.found, self.plain, self.ready, self.settled = {}, {}, {}, {}, set()
        self.related = self.links.__dict__.get("related") if self.links is not None else None  # a cached_property
        self.links = None

    def _take(self, path: str, make: Callable[[], str]) -> str:
        made = self.ready.pop(path, None)
        return make() if made is None else self.texts.read(made)

    def _make(self, path: str, inputs: Callable[[], tuple[object, ...]], make: Callable[[], str]) -> str:
        found = self.found.pop(path) if path in self.found else inputs()
        kept = self.kept.get(path)
        if kept is not None and kept[0] == found:
            self.ready.pop(path, None)
            return self.texts.read(kept[1])
        made = self.ready.pop(path, None)
        text = make() if made is None else self.texts.read(made)
        self.kept[path] = (found, self.texts.put(text) if made is None else made)
        return text
