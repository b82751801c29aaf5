"""What readers get around the briefing pages: tags, edit links, the home page's generated part
and the whole-site print view. Values from sources go through Jinja (autoescape) or lxml only.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from lxml import etree
from lxml import html as lxml_html

from .link import ChronologyEntry
from .model import Briefing
from .site import Site
from .templates import environment, frontmatter

HOME_MARKER = "<!-- briefing: home -->"  # docs/index.md marks where the generated part goes
PRINT_PAGE = "print.md"
PRINT_PLACEHOLDER = '<div class="print-all" id="print-all"></div>'
NEWEST = 5
EVENTS = 8
# What each entry point of the navigation offers, by the first segment of its URL.
ENTRY_NOTES = {
    "briefings": "One page per source: date, publisher, actors, dated events and the full text.",
    "chronology": "Every dated event from every source in one timeline, with what corroborates it.",
    "actors": "The states, organisations and people the sources name, and where each appears.",
    "reliability": "How far each source and outlet can be trusted, and why.",
    "tags": "Briefings grouped by actor and topic.",
    "method": "What the build reads out of each source, and what it cannot know.",
    "print": "Every briefing on one page, to print or save as a single PDF.",
}


@dataclass(frozen=True)
class EntryPoint:
    title: str
    url: str  # relative to the home page
    note: str


def edit_uri(source: str, root: Path, docs_dir: Path) -> str:
    """A source file's path relative to docs/, percent-encoded: MkDocs appends it to repo_url + edit_uri
    and the theme prints the result into an href unescaped, so a file named `x" onfocus="…` must reach
    it as `x%22%20onfocus%3D%22…`."""
    return quote(Path(os.path.relpath(root / source, docs_dir)).as_posix(), safe="/")


def entry_point(title: str, url: str) -> EntryPoint:
    return EntryPoint(title, url, ENTRY_NOTES.get(url.split("/")[0].removesuffix(".html"), ""))


def latest_entries(site: Site) -> list[ChronologyEntry]:
    """Chronology entries that happened, latest first (an unresolved date cannot be placed; plans are not news)."""
    dated = [e for e in site.links.entries if e.date and not e.planned]
    return sorted(dated, key=lambda e: e.date or "", reverse=True)[:EVENTS]


def most_corroborated(site: Site) -> list[ChronologyEntry]:
    """Entries that more than one independent source reports, the best-corroborated first, then the latest."""
    shared = sorted((e for e in site.links.entries if e.corroboration > 1), key=lambda e: e.date or "", reverse=True)
    return sorted(shared, key=lambda e: e.corroboration, reverse=True)[:EVENTS]


def home_section(site: Site, entry_points: list[EntryPoint]) -> str:
    template = environment().get_template("home.md.j2")
    return template.render(
        site=site,
        newest=site.briefings[:NEWEST],
        corroborated=most_corroborated(site),
        latest=latest_entries(site),
        entry_points=entry_points,
    )


def print_page(site: Site) -> str:
    """The whole-site print view; its placeholder is filled with every briefing's rendered HTML."""
    meta: dict[str, Any] = {
        "title": "All briefings (print view)",
        "search": {"exclude": True},  # every word is already on the briefing pages
        "hide": ["navigation", "toc"],
    }
    body = environment().get_template("print.md.j2").render(site=site, briefings=printed(site), placeholder=PRINT_PLACEHOLDER)
    return frontmatter(meta) + body


def printed(site: Site) -> tuple[Briefing, ...]:
    """The briefings of the print view: the newest `site.print_limit` (mkdocs.yml extra.briefing.print_limit)."""
    return site.briefings[: site.print_limit]


def combine(paths: dict[str, str], contents: dict[str, str], print_url: str) -> str:
    """Every printed briefing's page content (`paths`: id -> page path, newest first), made to live on one page."""
    return "\n".join(rebase(contents[id_], path, print_url, id_) for id_, path in paths.items() if id_ in contents)


HEADINGS = {"h1": "h2", "h2": "h3", "h3": "h4", "h4": "h5", "h5": "h6"}
ID_ATTRIBUTES = ("id", "for", "aria-labelledby", "aria-describedby", "aria-controls")
LINK_ATTRIBUTES = ("href", "src")
# The elements each step changes, found by lxml (in C) rather than by visiting every element in Python.
WITH_IDS = etree.XPath(".//*[" + " or ".join(f"@{name}" for name in ID_ATTRIBUTES) + "]")
WITH_LINKS = etree.XPath(".//*[" + " or ".join(f"@{name}" for name in LINK_ATTRIBUTES) + "]")


def rebase(content: str, page_url: str, to_url: str, prefix: str) -> str:
    """One page's HTML as a <section> of another page: ids prefixed so they stay unique, in-page
    links following them, relative links re-pointed from `page_url` to `to_url`, and headings
    one level down under the print view's own title."""
    section = lxml_html.fragment_fromstring(content, create_parent="section")
    for element in list(section.iter(*HEADINGS)):  # listed first: a renamed h1 is an h2 the walk must not meet
        element.tag = HEADINGS[element.tag]
    for element in WITH_IDS(section):
        for name in ID_ATTRIBUTES:
            if (value := element.get(name)) is not None:
                element.set(name, " ".join(f"{prefix}--{v}" for v in value.split()))
    for element in WITH_LINKS(section):
        for name in LINK_ATTRIBUTES:
            if (value := element.get(name)) is not None:
                element.set(name, _relink(value, page_url, to_url, prefix))
    section.set("class", "print-briefing")
    section.set("id", prefix)
    return lxml_html.tostring(section, encoding="unicode")


def _relink(value: str, page_url: str, to_url: str, prefix: str) -> str:
    if value.startswith("#"):
        return f"#{prefix}--{value[1:]}"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return value
    # What urljoin does for a relative link, without its cost: from the page's folder, or the page itself.
    page = "/" + page_url
    target = posixpath.join(page.rpartition("/")[0] + "/", parts.path) if parts.path else page
    link = _relative(target, to_url)
    return link + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")


@lru_cache(maxsize=4096)
def _relative(target: str, to_url: str) -> str:
    """`target` (an absolute site path, maybe with ../) relative to `to_url`; the same few hundred pages
    (actors, chronology, other briefings) are linked from every briefing."""
    link = posixpath.relpath(posixpath.normpath(target), "/" + to_url)
    return link + "/" if target.endswith("/") and not link.endswith("/") else link
