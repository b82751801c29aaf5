"""The briefings as an RSS 2.0 feed (site/feed.xml), newest first, written with feedgen.

RSS rather than Atom because Atom requires an `updated` date on every entry and most sources
state no publication date: an RSS item may simply have no `pubDate`, which is the truth.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

from .ical import stamp
from .model import Briefing
from .render import page_tags
from .site import Site

if TYPE_CHECKING:
    from .exports import ExportSettings

FEED_FILE = "feed.xml"


def item_text(b: Briefing) -> str:
    """What an item says: the editor's summary, else the lede. RSS readers treat `description` as
    HTML, so the text is HTML-escaped here (feedgen then escapes it again for XML)."""
    return html.escape(b.summary or b.lede or "", quote=False)


def rss(site: Site, site_url: str, title: str, description: str, language: str = "en") -> bytes:
    base = site_url.rstrip("/") + "/"
    fg = FeedGenerator()
    fg.title(title)
    fg.link(href=base + FEED_FILE, rel="self")
    fg.link(href=base, rel="alternate")  # set last: RSS <link> takes the last one
    fg.description(description or title)
    fg.language(language)
    fg.lastBuildDate(stamp())  # SOURCE_DATE_EPOCH when set: the same inputs, the same file
    items = {}
    for b in site.briefings:  # already newest first; append keeps that order in the file
        shown = (base, b.title, b.path, item_text(b), tuple(page_tags(b, site)), b.published.date)
        items[shown] = _made_items.get(shown) or _item(*shown)
        fg.add_entry(items[shown], order="append")
    _made_items.clear()
    _made_items.update(items)
    return fg.rss_str(pretty=True)


# The last feed's items by what each shows: a live preview makes the feed again on most rebuilds (an edit of one
# source's title or date, an added source), and making a thousand items again was half of that.
_made_items: dict[tuple[object, ...], FeedEntry] = {}


def _item(base: str, title: str, path: str, text: str, tags: tuple[str, ...], published: str | None) -> FeedEntry:
    entry = FeedEntry()
    entry.title(title)  # plain text: feedgen escapes it for XML
    entry.link(href=base + path)
    entry.guid(base + path, permalink=True)
    entry.description(text)
    if tags:  # in one call: feedgen rebuilds an item's whole list of categories on each (1 s at 1,000 sources)
        entry.category([{"term": tag} for tag in tags])
    if published and len(published) == 10:
        # RFC 822 dates need a day: month- or year-precise dates would be overstated, so they are left out.
        entry.pubDate(datetime.fromisoformat(published).replace(tzinfo=UTC))
    return entry


def feed_inputs(site: Site) -> tuple[object, ...]:
    """Everything `rss` reads of the site besides the settings: equal inputs give the same feed (its
    lastBuildDate aside, when SOURCE_DATE_EPOCH is not set)."""
    items = tuple((b.title, b.path, item_text(b), tuple(page_tags(b, site)), b.published.date) for b in site.briefings)
    return (site.language, os.environ.get("SOURCE_DATE_EPOCH"), items)


def feed_xml(site: Site, settings: ExportSettings) -> Iterator[bytes]:
    """The export; none without `site_url` (items need absolute links: the hooks warn)."""
    if settings.site_url:
        yield rss(site, settings.site_url, settings.site_name, settings.site_description, site.language)
