"""What readers get around the briefing pages: tags, edit links, the home page's generated part
and the whole-site print view. Values from sources go through Jinja (autoescape) or lxml only.
"""

from __future__ import annotations

import os
import posixpath
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from lxml import etree
from lxml import html as lxml_html
from markupsafe import Markup

from .errors import Problem, SourceError
from .link import ChronologyEntry
from .model import Briefing
from .site import Site
from .templates import environment, frontmatter
from .text import markdown_to_safe_html

HOME_MARKER = "<!-- briefing: home -->"  # docs/index.md marks where the generated part goes
PRINT_PAGE = "print.md"
PRINT_PLACEHOLDER = '<div class="print-all" id="print-all"></div>'
EVENTS = 8
LISTED = 6  # sources per home-page list (not graded, least reliable)
KEY_JUDGMENTS = "key-judgments.md"  # beside mkdocs.yml: the editors' bottom line, changed in pull requests
# How unreliable each credibility reads, for ordering: 6 ("cannot be judged") is unknown, not doubtful.
DOUBT = {1: 1.0, 2: 2.0, 3: 3.0, 4: 4.0, 5: 5.0, 6: 3.5}


@lru_cache(maxsize=1 << 16)  # every briefing's, on every rebuild of `mkdocs serve`: 0.1 s at 1,000 sources
def edit_uri(source: str, root: Path, docs_dir: Path) -> str:
    """A source file's path relative to docs/, percent-encoded: MkDocs appends it to repo_url + edit_uri
    and the theme prints the result into an href unescaped, so a file named `x" onfocus="…` must reach
    it as `x%22%20onfocus%3D%22…`."""
    return quote(Path(os.path.relpath(root / source, docs_dir)).as_posix(), safe="/")


def key_judgments(root: Path) -> Markup | None:
    """The editors' key judgments (Markdown, sanitised like an editor's source body); None when not written."""
    path = root / KEY_JUDGMENTS
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(Problem(KEY_JUDGMENTS, f"not UTF-8 text (byte {error.start}): save it as UTF-8")) from error
    return Markup(markdown_to_safe_html(text)) if text.strip() else None


def latest_entries(site: Site) -> list[ChronologyEntry]:
    """Chronology entries that happened, latest first (an unresolved or year-less date cannot be placed; plans are not news)."""
    dated = [e for e in site.links.entries if e.date and e.date[:1].isdigit() and not e.planned]
    return sorted(dated, key=lambda e: e.date or "", reverse=True)[:EVENTS]


def disputed_entries(site: Site) -> list[ChronologyEntry]:
    """Entries whose sources give incompatible dates: an editor has to decide, the most reported first."""
    disputed = [e for e in site.links.entries if e.conflicts]
    return sorted(disputed, key=lambda e: (-len(e.briefings), e.date or ""))[:EVENTS]


def not_graded(site: Site) -> list[Briefing]:
    return [b for b in site.briefings if not site.assessments[b.id].grade.graded]


def least_reliable(site: Site) -> list[Briefing]:
    """Sources to read with most care (credibility 3 or worse, or not judged): the editor's credibility where
    graded, else the build's suggestion, then the number of serious notes."""

    def doubt(b: Briefing) -> tuple[float, int, int]:
        a = site.assessments[b.id]
        severities = [n.severity for n in a.notes]
        return (-DOUBT[_credibility(site, b)], -severities.count("high"), -severities.count("medium"))

    doubtful = [b for b in site.briefings if DOUBT[_credibility(site, b)] >= DOUBT[3]]
    return sorted(doubtful, key=doubt)[:LISTED]


def _credibility(site: Site, b: Briefing) -> int:
    a = site.assessments[b.id]
    return a.grade.credibility or a.suggested_credibility


def home_section(site: Site, judgments: Markup | None) -> str:
    """The home page's generated part: the editors' bottom line, then what the build knows."""
    unchecked = not_graded(site)
    return (
        environment()
        .get_template("home.md.j2")
        .render(
            site=site,
            judgments=judgments,
            judgments_file=KEY_JUDGMENTS,
            latest=latest_entries(site),
            disputed=disputed_entries(site),
            not_graded=unchecked[:LISTED],
            not_graded_count=len(unchecked),
            least_reliable=least_reliable(site),
        )
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


Rebased = tuple[tuple[str, str, str], str]  # (page path, print view url, content) -> the section it gave


def combine(paths: dict[str, str], contents: dict[str, str], print_url: str, kept: dict[str, Rebased] | None = None) -> str:
    """Every printed briefing's page content (`paths`: id -> page path, newest first), made to live on one page.
    `kept` (a preview's, between its builds): each briefing's section, made again only when what it is made from
    changed (rebasing 200 pages takes a second)."""
    kept = {} if kept is None else kept
    for gone in set(kept) - set(paths):
        del kept[gone]
    sections = []
    for id_, path in paths.items():
        if id_ not in contents:
            continue
        inputs = (path, print_url, contents[id_])
        if id_ not in kept or kept[id_][0] != inputs:
            kept[id_] = (inputs, rebase(contents[id_], path, print_url, id_))
        sections.append(kept[id_][1])
    return "\n".join(sections)


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
