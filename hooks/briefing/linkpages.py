"""Pages of the link stage: the chronology, the actor index and one page per actor.

Like render.py, this only reads the `Site`; templates escape every value, and pictures come
from svg.py. Link targets are site paths ("briefings/x/#e1") turned relative with relative_url.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property, partial
from itertools import islice

from markupsafe import Markup

from . import svg
from . import timeline as tl
from .link import ChronologyEntry
from .model import Briefing, Event, Mention
from .registry import KINDS, Actor
from .site import Site
from .templates import BASIS_LABELS, environment, frontmatter, language_name
from .text import display_date, relative_url

KIND_TITLES = {"state": "States", "organisation": "Organisations", "person": "People", "place": "Places"}
ACTOR_FULL_ENTRIES = 40  # an actor page shows its entries in full up to this many, then one line each
ACTOR_ENTRIES_MAX = 500  # ... and at most this many, the most recent: the chronology pages have them all
EGO_NETWORK_MAX = 30  # actors drawn in one actor's own network, those sharing most of its events
ACTOR_SENTENCES_MAX = 200  # sources listed with the sentence that names the actor; beyond, titles only


@dataclass(frozen=True)
class Report:
    """One source's report of a chronology entry, as a page shows it."""

    event: Event
    briefing: Briefing
    path: str  # the sentence on the briefing page


@dataclass(frozen=True)
class Appearance:
    """Where a briefing names an actor: the sentence, and the paragraph to link to."""

    briefing: Briefing
    sentence: str | None
    path: str


def sentence_path(b: Briefing, e: Event) -> str:
    """The event's sentence on its briefing page; an editor's Markdown body has no sentence anchors,
    so there the event's row in the events table is the target."""
    return f"{b.path}#{e.id}" if b.source.body_markdown is None else f"{b.path}#row-{e.id}"


def reports(site: Site, entry: ChronologyEntry) -> list[Report]:
    out = []
    for event_id in entry.events:
        event = site.links.events[event_id]
        briefing = site.links.briefings[event.briefing]
        out.append(Report(event, briefing, sentence_path(briefing, event)))
    return out


AGREEMENT_COLOURS = {"conflicting": "#c62828", "corroborated": "#2e6b9e", "single-source": "#5f6b6d"}
AGREEMENT_LABELS = {
    "corroborated": "two or more independent sources",
    "single-source": "single source",
    "conflicting": "sources disagree on the date",
}


def agreement(e: ChronologyEntry) -> str:
    """How the sources stand on an entry: the chronology's filter and the timeline's colour."""
    return "conflicting" if e.conflicts else "corroborated" if e.corroboration > 1 else "single-source"


def timeline(site: Site, entries: list[ChronologyEntry], label: str) -> tuple[Markup, list[tuple[str, str, str]]]:
    """The timeline of entries listed on the same page (each mark links to its entry there) and its legend."""
    marks = []
    for e in entries:
        if not e.date:
            continue
        sources = f"{e.corroboration} independent sources" if e.corroboration > 1 else "single source"
        # The summary isolated (FSI ... PDI): an Arabic one must not reorder the English words around it.
        text = f"{display_date(e.date)}: \u2068{e.summary}\u2069 ({sources}{'; dates disagree' if e.conflicts else ''})"
        colour = AGREEMENT_COLOURS[agreement(e)]
        marks.append(tl.Mark(e.date, "#" + e.id, text, e.id, colour, e.basis == "stated", e.planned))
    used = {agreement(e) for e in entries if e.date}
    legend = [(AGREEMENT_COLOURS[k], AGREEMENT_LABELS[k], "") for k in AGREEMENT_LABELS if k in used]
    return Markup(tl.render(marks, label)), legend


def facets(site: Site, entries: list[ChronologyEntry]) -> dict[str, list[tuple[str, str, int]]]:
    """What the chronology page can be filtered by, from its own entries: (value, label, entries) each."""
    actors: Counter[str] = Counter(a for e in entries for a in e.actors if a in site.registry.actors)
    sources: Counter[str] = Counter(b for e in entries for b in e.briefings)
    languages: Counter[str] = Counter(lang for e in entries for lang in entry_languages(site, e))
    basis: Counter[str] = Counter(e.basis for e in entries)
    agreements: Counter[str] = Counter(agreement(e) for e in entries)
    names = site.registry.actors
    return {
        "actor": sorted(((a, names[a].name, n) for a, n in actors.items()), key=lambda f: (-f[2], f[1])),
        "source": sorted(((b, site.links.briefings[b].title, n) for b, n in sources.items()), key=lambda f: f[1]),
        "language": sorted((lang, language_name(lang), n) for lang, n in languages.items()),
        "basis": [(b, BASIS_LABELS.get(b, b), basis[b]) for b in sorted(basis)],
        "agreement": [(k, AGREEMENT_LABELS[k], agreements[k]) for k in AGREEMENT_LABELS if k in agreements],
    }


def entry_languages(site: Site, e: ChronologyEntry) -> list[str]:
    return sorted({site.links.briefings[b].language for b in e.briefings})


def chronology_page(site: Site, page: str, entries: list[ChronologyEntry]) -> str:
    """One chronology page: chronology/index.md when it holds every entry, else one year (or planned, undated)."""
    title = "Chronology" if page == "chronology/" else f"Chronology: {page.split('/')[1]}"
    picture, legend = timeline(site, entries, "Timeline of the chronology's dated entries; each mark links to its entry")
    body = (
        environment()
        .get_template("chronology.md.j2")
        .render(
            site=site,
            here=page,
            title=title,
            years=_by_year(entries),
            timeline=picture,
            legend=legend,
            reports=lambda e: reports(site, e),
            subpages=[],
            actor=site.registry.actors.get,
            in_chronology=True,
            facets=facets(site, entries),
            agreement=agreement,
            languages=lambda e: entry_languages(site, e),
        )
    )
    return frontmatter({"title": title}) + body


def chronology_pages(site: Site) -> dict[str, str]:
    """chronology/index.md, and one page per year, planned and undated when the entries are many."""
    by_page = entries_by_page(site)
    pages = {_file(page): chronology_page(site, page, entries) for page, entries in by_page.items()}
    if "chronology/" not in by_page:  # split: the index lists the pages, with one mark per year
        pages["chronology/index.md"] = _overview(site, by_page)
    return pages


def entries_by_page(site: Site) -> dict[str, list[ChronologyEntry]]:
    by_page: dict[str, list[ChronologyEntry]] = defaultdict(list)
    for entry in site.links.entries:
        by_page[entry.page].append(entry)
    return dict(by_page)


def _file(page: str) -> str:
    return "chronology/index.md" if page == "chronology/" else page.rstrip("/") + ".md"


def _overview(site: Site, by_page: dict[str, list[ChronologyEntry]]) -> str:
    marks = [
        tl.Mark(page.split("/")[1], page.split("/")[1] + "/", f"{page.split('/')[1]}: {len(items)} entries")
        for page, items in by_page.items()
        if page.split("/")[1].isdigit()
    ]
    picture = Markup(tl.render(marks, "Entries per year; each mark links to that year's page"))
    subpages = [(page, page.split("/")[1], len(items)) for page, items in sorted(by_page.items())]
    template = environment().get_template("chronology.md.j2")
    body = template.render(
        site=site,
        here="chronology/",
        title="Chronology",
        years=_by_year([]),
        timeline=picture,
        legend=[],
        reports=lambda e: [],
        subpages=subpages,
        actor=site.registry.actors.get,
        in_chronology=True,
        facets={},
        agreement=agreement,
        languages=lambda e: entry_languages(site, e),
    )
    return frontmatter({"title": "Chronology"}) + body


def _by_year(entries: list[ChronologyEntry]) -> dict[str, dict[str, list[ChronologyEntry]]]:
    """Sections of a chronology page: past entries by year, then planned, then those whose year is not
    stated (by month and day), then undated."""
    past: dict[str, list[ChronologyEntry]] = defaultdict(list)
    planned, yearless, undated = [], [], []
    for e in entries:
        if not e.date:
            (yearless if e.yearless else undated).append(e)
        elif e.planned:
            planned.append(e)
        else:
            past[e.date[:4]].append(e)
    return {
        "past": dict(past),
        "planned": {"": planned} if planned else {},
        "yearless": {"": yearless} if yearless else {},
        "undated": {"": undated} if undated else {},
    }


def appearances(site: Site) -> dict[str, list[Appearance]]:
    """Per actor, every briefing that names them (oldest first), with the sentence of the first mention."""
    return appearing(site)[0]


def appearing(site: Site) -> tuple[dict[str, list[Appearance]], dict[str, list[tuple[object, ...]]]]:
    """`appearances`, and beside each what an actor page shows of it (`actor_inputs`). A preview's are the last
    build's very objects for an unchanged briefing, so its next build compares them at once (at 10,000 sources an
    actor page lists thousands)."""
    global _appeared
    kept = _appeared if site.links.preview else {}
    made: dict[int, tuple[Briefing, list[tuple[str, Appearance, tuple[object, ...]]]]] = {}
    found: dict[str, list[Appearance]] = defaultdict(list)
    inputs: dict[str, list[tuple[object, ...]]] = defaultdict(list)
    for b in sorted(site.briefings, key=lambda b: (b.published.date or b.published.estimate or "", b.id)):
        last = kept.get(id(b))
        if last is None or last[0] is not b:
            seen = shown_of(b, site)
            last = (b, [(actor, ap, (seen, ap.sentence, ap.path)) for actor, ap in appearances_in(b)])
        made[id(b)] = last
        for actor, appearance, shows in last[1]:
            found[actor].append(appearance)
            inputs[actor].append(shows)
    if site.links.preview:
        _appeared = made
    return found, inputs


# A preview's: each briefing's appearances by the briefing's id(), with the briefing (kept alive, compared by identity:
# an unchanged source's briefing is the last build's very object, see pipeline.same_objects).
_appeared: dict[int, tuple[Briefing, list[tuple[str, Appearance, tuple[object, ...]]]]] = {}


def appearances_in(b: Briefing) -> list[tuple[str, Appearance]]:
    """The actors one briefing names, each with where it first names them (a frontmatter actor: the page itself)."""
    first: dict[str, Mention] = {}
    for m in b.mentions:  # a mention by name beats one implied by a place ("Doha" for Qatar)
        if m.actor not in first or (first[m.actor].via and not m.via):
            first[m.actor] = m
    found = []
    for actor in b.actors:
        mention = first.get(actor)
        if mention is None:  # listed by the editor's frontmatter, not named in the text
            found.append((actor, Appearance(b, None, b.path)))
            continue
        sentence = next((s.text for s in b.sentences if s.block == mention.block and s.start <= mention.start < s.end), None)
        anchor = f"#p{mention.block + 1}" if b.source.body_markdown is None else ""
        found.append((actor, Appearance(b, sentence or b.source.blocks[mention.block].text, b.path + anchor)))
    return found


def shared_entries(
    entries: list[ChronologyEntry], known: Mapping[str, Actor], within: set[str] | None = None
) -> dict[str, Counter[str]]:
    """Actor -> the actors that take part in the same chronology entries, with how many they share; `within`: among
    these actors only (the pairs of the others are not counted at all)."""
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        named = sorted({a for a in e.actors if a in known and (within is None or a in within)})
        for a in named:
            for b in named:
                if a != b:
                    shared[a][b] += 1
    return shared


def event_network(site: Site, actor: Actor, entries: list[ChronologyEntry]) -> Markup:
    """The actor's own network, one hop: the actors that share a chronology entry with it, each line
    as thick as the entries the two share (among this actor's), not merely a source that names both."""
    actors = site.registry.actors
    partners: Counter[str] = Counter()  # as shared_entries counts them for this actor, in the same order
    for e in entries:
        named = {a for a in e.actors if a in actors}
        if actor.id in named:
            partners.update(a for a in sorted(named) if a != actor.id)
    if not partners:
        return Markup("")
    # A hub shares events with hundreds: its closest partners are drawn, the rest are in "Often named with". Only
    # their pairs are counted: a hub's entries name hundreds of actors, whose every pair cost more than the picture.
    closest = {a for a, _ in partners.most_common(EGO_NETWORK_MAX)} | {actor.id}
    shared = shared_entries(entries, actors, closest)
    nodes = {a: (actors[a].name, actors[a].kind, sum(shared[a].values())) for a in shared}
    nodes[actor.id] = (actor.name, actor.kind, max(n for _, _, n in nodes.values()))  # the centre: the largest
    hrefs = {a: relative_url(actor.path, actors[a].path) for a in nodes}
    label = f"Actors that share chronology entries with {actor.name}"
    weights = {a: dict(c) for a, c in shared.items()}
    return Markup(svg.network(nodes, weights, hrefs, edges_per_node=8, label=label, centre=actor.id))


def actor_page(site: Site, actor: Actor, found: list[Appearance]) -> str:
    here = actor.path
    everything = site.links.entries_of_actor(actor.id)
    dated = [e for e in everything if e.date]
    entries = dated[-ACTOR_ENTRIES_MAX:] if len(everything) > ACTOR_ENTRIES_MAX else everything
    picture, legend = timeline(site, entries, f"Timeline of the entries that involve {actor.name}")
    others = site.links.cooccurrence.get(actor.id, {})
    template = environment().get_template("actor.md.j2")
    body = template.render(
        site=site,
        here=here,
        a=actor,
        appearances=found,
        with_sentences=len(found) <= ACTOR_SENTENCES_MAX,
        entries=entries,
        omitted=len(everything) - len(entries),
        compact=len(entries) > ACTOR_FULL_ENTRIES,
        timeline=picture,
        legend=legend,
        reports=lambda e: reports(site, e),
        together=[(site.registry.actors[o], n) for o, n in list(others.items())[:12] if o in site.registry.actors],
        network=event_network(site, actor, everything),
        kind_colours=svg.KIND_COLOURS,
        actor=site.registry.actors.get,
        kind_title=KIND_TITLES,
        in_chronology=False,
        agreement=agreement,
        languages=lambda e: entry_languages(site, e),
    )
    return frontmatter({"title": html.escape(actor.name, quote=False)}) + body  # the theme prints titles unescaped


def named_actors(site: Site) -> dict[str, int]:
    """Registry actors that at least one source names, with the number of sources."""
    counts: dict[str, int] = defaultdict(int)
    for b in site.briefings:
        for a in b.actors:
            if a in site.registry.actors:
                counts[a] += 1
    return dict(counts)


def actors_index(site: Site, counts: dict[str, int], shared: dict[str, Counter[str]] | None = None) -> str:
    actors = site.registry.actors
    groups = {k: sorted((actors[a] for a in counts if actors[a].kind == k), key=lambda a: (-counts[a.id], a.name)) for k in KINDS}
    # Lines join actors of the same event: every actor of a source joined to every other made a hairball.
    # Only actors with such a line are drawn (places left out); the others are listed under the picture.
    shared = shared_entries(list(site.links.entries), actors) if shared is None else shared
    weights = {a: dict(c) for a, c in shared.items()}
    drawn = {a for a in counts if actors[a].kind != "place" and any(actors[b].kind != "place" for b in weights.get(a, {}))}
    nodes = {a: (actors[a].name, actors[a].kind, counts[a]) for a in drawn}
    picture = svg.network(nodes, weights, {a: a + "/" for a in nodes}, label="Actors that take part in the same events")
    apart = sorted((actors[a] for a in counts if a not in drawn and actors[a].kind != "place"), key=lambda a: a.name)
    template = environment().get_template("actors.md.j2")
    body = template.render(
        site=site,
        here="actors/",
        groups={k: v for k, v in groups.items() if v},
        counts=counts,
        origins=Counter(actors[a].origin for a in counts),
        network=Markup(picture),
        apart=apart,
        kind_title=KIND_TITLES,
        kind_colours=svg.KIND_COLOURS,
    )
    return frontmatter({"title": "Actors"}) + body


def paths(site: Site) -> list[str]:
    """The paths `pages` makes, in its order, without making them."""
    chronology = list(dict.fromkeys(_file(entry.page) for entry in site.links.entries))
    if "chronology/index.md" not in chronology:
        chronology.append("chronology/index.md")
    return [*chronology, "actors/index.md", *(f"actors/{actor_id}.md" for actor_id in named_actors(site))]


def pages(site: Site) -> dict[str, str]:
    """Every page of the link stage, by its path under docs/."""
    return {path: make() for path, make in makers(site).items()}


@dataclass(frozen=True)
class LinkPage:
    """One page of the link stage: what makes its Markdown, and everything that Markdown is made from
    (`inputs`: equal inputs give the same Markdown), which a preview compares to keep the last one (memo.py)."""

    make: Callable[[], str]
    inputs: Callable[[], tuple[object, ...]]
    # The actors whose name, kind or path the page shows besides its inputs, when it reads nothing else of the registries
    # (None: any actor's): a registry edit that changes none of them leaves the page as it was (memo.py).
    shows: Callable[[], set[str]] | None = None

    def __call__(self) -> str:
        return self.make()


class LinkIndex:
    """What several link pages read, made once per build when first needed."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.entries_shown: dict[str, object] = {}  # entry id -> what pages show of it (entries_inputs)
        self.briefings_shown: dict[str, tuple[object, ...]] = {}  # briefing id -> `shown`, made once a build

    def shown(self, b: Briefing) -> tuple[object, ...]:
        if b.id not in self.briefings_shown:
            self.briefings_shown[b.id] = shown_of(b, self.site)
        return self.briefings_shown[b.id]

    @cached_property
    def by_page(self) -> dict[str, list[ChronologyEntry]]:
        return entries_by_page(self.site)

    @cached_property
    def counts(self) -> dict[str, int]:
        return named_actors(self.site)

    @cached_property
    def shared(self) -> dict[str, Counter[str]]:
        return shared_entries(list(self.site.links.entries), self.site.registry.actors)

    @cached_property
    def appearing(self) -> tuple[dict[str, list[Appearance]], dict[str, list[tuple[object, ...]]]]:
        return appearing(self.site)

    @property
    def found(self) -> dict[str, list[Appearance]]:
        return self.appearing[0]


def makers(site: Site) -> dict[str, LinkPage]:
    """Every page of the link stage by its path, in the order of `paths`, each made on its own."""
    global _shown
    if site.links.preview:  # what `shown_of` keeps: this build's briefings only, the others may go
        _shown = {id(b): kept for b in site.briefings if (kept := _shown.get(id(b))) is not None and kept[0] is b}
    index = LinkIndex(site)
    found: dict[str, LinkPage] = {}
    for page in index.by_page:
        entries = partial(index.by_page.__getitem__, page)
        found[_file(page)] = LinkPage(
            lambda page=page, entries=entries: chronology_page(site, page, entries()),
            lambda page=page, entries=entries: (page, entries_inputs(site, entries(), index.entries_shown)),
            lambda entries=entries: entry_actors(entries()),  # each entry's, and the filter's
        )
    if "chronology/" not in index.by_page:
        found["chronology/index.md"] = LinkPage(
            lambda: _overview(site, index.by_page), lambda: tuple((page, len(items)) for page, items in index.by_page.items())
        )
    found["actors/index.md"] = LinkPage(
        lambda: actors_index(site, index.counts, index.shared),
        # the picture: who shares entries with whom, in the order drawn (the layout follows it)
        lambda: (len(site.briefings), tuple(index.counts.items()), tuple((a, tuple(c.items())) for a, c in index.shared.items())),
    )
    for actor_id in index.counts:
        found[f"actors/{actor_id}.md"] = LinkPage(
            lambda a=actor_id: actor_page(site, site.registry.actors[a], index.found[a]),
            partial(actor_inputs, site, index, actor_id),
            partial(actors_on_page, site, actor_id),
        )
    return found


def entry_actors(entries: list[ChronologyEntry]) -> set[str]:
    """The actors these chronology entries name."""
    return {a for e in entries for a in e.actors}


def actors_on_page(site: Site, actor_id: str) -> set[str]:
    """The actors `actor_page` names: itself, its roles' organisations, the actors of every entry of it (its network
    too) and those it is most often named with."""
    actor = site.registry.actors[actor_id]
    together = islice(site.links.cooccurrence.get(actor_id, {}), 12)
    everything = site.links.entries_of_actor(actor_id)
    return {actor_id, *(r.organisation for r in actor.roles if r.organisation), *together, *entry_actors(everything)}


def entries_inputs(site: Site, entries: list[ChronologyEntry], made: dict[str, object] | None = None) -> tuple[object, ...]:
    """What a page shows of these entries: each entry, its events and the briefings that report them (titles, paths,
    languages, glosses). Actor names are the registry's: a preview compares them apart (`LinkPage.shows`, memo.py).
    `made`: each entry's, by id, made once for the pages of one build (an entry is on its chronology page and on
    the page of every actor taking part)."""
    made = {} if made is None else made
    events, briefings = site.links.events, site.links.briefings
    found = []
    for e in entries:
        if e.id not in made:
            reported = tuple(events[i] for i in e.events)
            ids = dict.fromkeys([*e.briefings, *(event.briefing for event in reported)])  # in order: equal inputs, equal tuples
            made[e.id] = (e, reported, tuple(shown_of(briefings[b], site) for b in ids))
        found.append(made[e.id])
    return tuple(found)


def shown_of(b: Briefing, site: Site) -> tuple[object, ...]:
    """`shown(b)`; a preview's is the last build's very tuple while `b` is the very same briefing, so that pages'
    inputs holding it compare at once."""
    if not site.links.preview:
        return shown(b)
    kept = _shown.get(id(b))
    if kept is None or kept[0] is not b:
        kept = _shown[id(b)] = (b, shown(b))
    return kept[1]


_shown: dict[int, tuple[Briefing, tuple[object, ...]]] = {}  # a preview's, by id(briefing): see shown_of


def shown(b: Briefing) -> tuple[object, ...]:
    """What a link page shows of a briefing (its templates read these fields only): an edit elsewhere in the
    source leaves the pages that list it as they were."""
    gloss = b.source.frontmatter.get("gloss")
    return (b.id, b.path, b.title, b.language, b.published.date, b.publisher, b.source.body_markdown is None, gloss)


def actor_inputs(site: Site, index: LinkIndex, actor_id: str) -> tuple[object, ...]:
    """What `actor_page` reads: the actor, where the sources name it, its entries, whom it is named with."""
    others = site.links.cooccurrence.get(actor_id, {})
    return (
        replace(site.registry.actors[actor_id], line=0),  # its line in actors.yaml is not shown
        tuple(index.appearing[1][actor_id]),  # each appearance's briefing as shown, its sentence and path
        entries_inputs(site, site.links.entries_of_actor(actor_id), index.entries_shown),
        tuple(islice(others.items(), 12)),
    )
