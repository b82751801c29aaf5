"""Stage 5: turn the `Site` into Markdown pages for MkDocs (and nothing else reads the sources).

Templates live in `templates/`; Jinja escapes every value. Anything that comes from a source is
placed inside HTML blocks, never in Markdown, so no character of a source is read as Markdown.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

from markupsafe import Markup

from . import linkpages
from .assess import CODES, CREDIBILITY_LABELS, DESCRIPTIONS, SEVERITIES, SOURCE_LABELS, Assessment
from .model import Briefing, Event
from .site import Site
from .templates import environment, frontmatter
from .text import mark_up, markdown_to_safe_html, relative_url

NAV_LIMIT = 60  # more briefings than this are reached through listing pages, not one navigation entry each
LIST_LIMIT = 300  # more than this: the index lists the years, and each year its briefings, in pages of this many
LIST_NEWEST = 20  # the split index also lists this many of the newest briefings


def page_meta(b: Briefing, site: Site) -> dict[str, Any]:
    """The generated page's frontmatter: what the build knows of the source."""
    return {
        # The theme prints these unescaped (title in <title> and the header, author in a <meta> attribute,
        # tags in links), so they are escaped once here; the page body escapes its own values.
        "title": html.escape(b.title, quote=False),
        "published": b.published.date,
        "published_basis": b.published.basis,
        "published_estimate": b.published.estimate,
        "publisher": b.publisher,
        "author": html.escape(b.author) if b.author else None,
        "language": b.language,
        "url": b.url,
        "source": b.source.path,
        "actors": list(b.actors),
        "reliability": b.reliability,
        "tags": page_tags(b, site),  # the tags plugin lists the pages under each
    }


def page_tags(b: Briefing, site: Site) -> list[str]:
    """A briefing's tags: the editor's topics, then the names of the actors it mentions (in English,
    so an English actor name finds the Arabic briefing too)."""
    actors = site.registry.actors
    names = [actors[a].name for a in b.actors if a in actors]
    # Material prints tag names unescaped (in links and on the tags page): escape them once here. Not only the
    # theme: its search worker puts the index's tags into results as HTML (plain tags let a payload tag through
    # there, tests/test_xss.py), so its tags.json export holds them escaped as well.
    return [_escaped(tag) for tag in dict.fromkeys([*b.tags, *names])]


# The same few thousand names, escaped for every briefing on every rebuild (the feed's inputs read them all): 54,000
# escapes an edit at 2,000 sources.
_escaped = lru_cache(maxsize=1 << 16)(html.escape)
# A Markdown source's body, converted for its page on every rebuild that makes it (a registry edit makes most
# briefing pages: a tenth of their making at 1,000 sources): once per text in a process. A live preview's page makers
# are forked from the process that keeps it (background.made_in_two).
_body_html = lru_cache(maxsize=1 << 10)(markdown_to_safe_html)


def source_text(b: Briefing, site: Site) -> Markup:
    """The article as HTML: escaped, events anchored, each actor's first mention linked."""
    if b.source.body_markdown is not None:
        return Markup(_body_html(b.source.body_markdown))
    events_by_sentence: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for event in b.events:
        events_by_sentence[(event.sentence.block, event.sentence.start)].append(event)
    first_mentions = {}
    for mention in b.mentions:
        if mention.via is None:
            first_mentions.setdefault(mention.actor, mention)
    parts = []
    for index, block in enumerate(b.source.blocks):
        spans = []
        for (block_index, start), events in events_by_sentence.items():
            if block_index == index:
                sentence = events[0].sentence
                ids = " ".join(e.id for e in events[1:])
                extra = "".join(f'<span id="{e.id}"></span>' for e in events[1:])
                opening = f'{extra}<mark class="event" id="{events[0].id}" data-events="{ids}">'
                spans.append((start, sentence.end, opening, "</mark>"))
        for mention in first_mentions.values():
            if mention.block == index:
                actor = site.registry.actors[mention.actor]
                href = relative_url(b.path, actor.path)
                opening = f'<a class="actor-link" href="{html.escape(href)}" title="{html.escape(actor.name)}">'
                spans.append((mention.start, mention.end, opening, "</a>"))
        tag = "h3" if block.kind == "heading" else "p"
        parts.append(f'<{tag} id="p{index + 1}">{mark_up(block.text, spans)}</{tag}>')
    return Markup("\n".join(parts))


def briefing_page(b: Briefing, site: Site) -> str:
    template = environment().get_template("briefing.md.j2")
    actors = [site.registry.actors[a] for a in b.actors if a in site.registry.actors]
    body = template.render(b=b, site=site, actors=actors, text=source_text(b, site))
    return frontmatter(page_meta(b, site)) + body


@dataclass(frozen=True)
class Listing:
    """One listing page of a year's briefings (a year of many has several)."""

    year: str
    number: int  # 1, 2, ... within the year
    briefings: tuple[Briefing, ...]

    @property
    def src(self) -> str:
        return f"briefings/by-year/{self.year.lower()}{'' if self.number == 1 else f'-{self.number}'}.md"

    @property
    def path(self) -> str:
        return self.src.removesuffix(".md") + "/"


def listings(site: Site) -> list[Listing]:
    """The per-year listing pages, newest year first; none while one index page can list every briefing."""
    if len(site.briefings) <= LIST_LIMIT:
        return []
    found = []
    for year, items in _by_year(site).items():
        for start in range(0, len(items), LIST_LIMIT):
            found.append(Listing(year, start // LIST_LIMIT + 1, tuple(items[start : start + LIST_LIMIT])))
    return found


def _by_year(site: Site) -> dict[str, list[Briefing]]:
    by_year: dict[str, list[Briefing]] = defaultdict(list)
    for b in site.briefings:  # newest first; an undated source sorts by its estimate, so among the years
        by_year[b.published.date[:4] if b.published.date else "Undated"].append(b)
    order = [*sorted((year for year in by_year if year != "Undated"), reverse=True), "Undated"]
    return {year: by_year[year] for year in order if year in by_year}


def briefings_index(site: Site, split: list[Listing]) -> str:
    """Every briefing by year on one page; or, when split, the years with their pages and the newest briefings."""
    template = environment().get_template("briefings.md.j2")
    if not split:
        body = template.render(site=site, by_year=_by_year(site), here="briefings/", listings=[], title="Briefings", pages=[])
        return frontmatter({"title": "Briefings"}) + body
    newest = {"Newest": list(site.briefings[:LIST_NEWEST])}
    body = template.render(site=site, by_year=newest, here="briefings/", listings=split, title="Briefings", pages=[])
    return frontmatter({"title": "Briefings"}) + body


def listing_page(site: Site, listing: Listing, split: list[Listing]) -> str:
    year = [other for other in split if other.year == listing.year]
    part = f" ({listing.number} of {len(year)})" if len(year) > 1 else ""
    template = environment().get_template("briefings.md.j2")
    heading = f"Briefings: {listing.year.lower() if listing.year == 'Undated' else listing.year}{part}"
    body = template.render(
        site=site,
        by_year={listing.year: listing.briefings},
        here=listing.path,
        listings=[],
        title=heading,
        pages=year if len(year) > 1 else [],
    )
    return frontmatter({"title": listing.year + part}) + body  # the navigation entry, under "Briefings"


def pages(site: Site) -> dict[str, str]:
    """Every generated page, by its path under docs/."""
    return {path: make() for path, make in page_makers(site).items()}


def page_makers(site: Site) -> dict[str, Callable[[], str]]:
    """Every generated page's path, in the order MkDocs will read them, with what makes its Markdown."""
    split = listings(site)
    makers: dict[str, Callable[[], str]] = {"briefings/index.md": partial(briefings_index, site, split)}
    makers.update({listing.src: partial(listing_page, site, listing, split) for listing in split})
    makers.update({f"briefings/{b.id}.md": partial(briefing_page, b, site) for b in site.briefings})
    makers["reliability/index.md"] = partial(reliability_page, site)
    makers.update(linkpages.makers(site))  # each on its own, from indexes they share
    return makers


Rows = dict[str, tuple[tuple[object, ...], Markup]]  # briefing id -> what its overview row shows, and the row


def reliability_page(site: Site, rows: Rows | None = None) -> str:
    """The "Sources and reliability" overview: a sortable, filterable row per source, its notes counted by severity.
    `rows` (a preview's, kept between its builds): each row rendered again only when what it shows changed; at
    10,000 sources an edit changes a row or two of the 10,000."""
    template = environment().get_template("reliability.md.j2")
    row = environment().get_template("_reliability_row.html.j2")
    last, made = rows.copy() if rows is not None else {}, {}
    for b in site.briefings:
        a = site.assessments[b.id]
        shown = reliability_row_inputs(b, a)
        kept = last.get(b.id)
        made[b.id] = kept if kept is not None and kept[0] == shown else (shown, Markup(row.render(b=b, a=a, **ROW_CONTEXT)))
    if rows is not None:
        rows.clear()
        rows.update(made)
    labels = {"sources": SOURCE_LABELS, "credibility": CREDIBILITY_LABELS, "descriptions": DESCRIPTIONS, "severity": CODES}
    body = template.render(rows=[html for _, html in made.values()], **labels)
    return frontmatter({"title": "Sources and reliability", "hide": ["toc"]}) + body  # the table needs the width


def reliability_row_inputs(b: Briefing, a: Assessment) -> tuple[object, ...]:
    """Everything a source's row of the overview shows (`_reliability_row.html.j2`)."""
    return (b.id, b.title, b.path, b.language, b.publisher, b.published.date, b.published.estimate, a)


def by_severity(a: Assessment) -> dict[str, list[tuple[str, int]]]:
    """A source's notes as the overview counts them: per severity (most serious first), each code and how often."""
    found: dict[str, Counter[str]] = {}
    for note in a.notes:
        found.setdefault(note.severity, Counter())[note.code] += 1
    return {s: list(found[s].items()) for s in SEVERITIES if s in found}


ROW_CONTEXT = {"here": "reliability/", "by_severity": by_severity}


def navigation(site: Site) -> list[Any]:
    """The Briefings section of the navigation: every briefing while they are few, else the listing pages.
    Material renders the whole navigation into every page, so an entry per briefing grows the build
    with the square of their number."""
    if len(site.briefings) > NAV_LIMIT:
        return ["briefings/index.md", *(listing.src for listing in listings(site))]
    return ["briefings/index.md", *(f"briefings/{b.id}.md" for b in site.briefings)]


def expand_nav(nav: list | None, site: Site) -> list | None:
    """mkdocs.yml's navigation with its `briefings/index.md` entry replaced by the generated section."""
    if nav is None:
        return None
    section = navigation(site)
    return [
        {next(iter(item)): section} if isinstance(item, dict) and list(item.values()) == ["briefings/index.md"] else item
        for item in nav
    ]


def nav_paths(nav: list | None) -> set[str] | None:
    """Every page the navigation names; None when mkdocs.yml has no nav (MkDocs then lists every page)."""
    if nav is None:
        return None
    found: set[str] = set()
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found |= nav_paths(value) or set()
        elif isinstance(value, str):
            found.add(value)
    return found
