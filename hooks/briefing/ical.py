"""The merged chronology as iCalendar (RFC 5545), written with the `icalendar` library.

One VEVENT per dated entry. A date keeps its precision: DTSTART is the first day of the period
the text gives and DTEND the day after it ends (both DATE values), so a year-only event spans its
year in a calendar instead of pretending to be 1 January.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlparse

from icalendar import Calendar, Event

from .link import ChronologyEntry
from .realdates import is_real
from .site import Site
from .text import display_date

if TYPE_CHECKING:
    from .exports import ExportSettings


def period(date: str) -> tuple[dt.date, dt.date]:
    """First day of the period a YYYY / YYYY-MM / YYYY-MM-DD date names, and the day after it."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0] + 1, 1, 1)
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        return start, (start + dt.timedelta(days=32)).replace(day=1)
    start = dt.date(*parts)
    return start, start + dt.timedelta(days=1)


def stamp() -> dt.datetime:
    """DTSTAMP: now, or SOURCE_DATE_EPOCH when set, so a reproducible build gives the same file."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC).replace(microsecond=0)


def vevent(entry: ChronologyEntry, site: Site, base_url: str | None, now: dt.datetime) -> Event:
    start, end = period(entry.date or "")
    titles = [site.links.briefings[b].title for b in entry.briefings]
    plural = "s" if entry.corroboration != 1 else ""
    lines = [
        f"Date: {display_date(entry.date)} ({entry.precision} precision, {entry.basis}).",
        f"Reported by {entry.corroboration} independent source{plural}: " + "; ".join(titles) + ".",
    ]
    for conflict in entry.conflicts:
        dates = "; ".join(f"{display_date(d)} ({len(ids)} sources)" for d, ids in conflict.dates.items())
        lines.append(f"Sources disagree on the date: {dates}.")
    event = Event()
    host = urlparse(base_url).hostname if base_url else None
    event.add("uid", f"{entry.id}@{host or 'briefing'}")
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", entry.summary)
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")  # a historical marker, not time a reader is busy
    if entry.kinds:
        event.add("categories", list(entry.kinds))
    if entry.planned:
        event.add("status", "TENTATIVE")
    if base_url:
        event.add("url", urljoin(base_url, entry.path))
    return event


def calendar(site: Site, base_url: str | None = None, name: str = "Chronology") -> str:
    cal = Calendar()
    cal.add("prodid", "-//Briefing//Chronology//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    now = stamp()
    for entry in site.links.entries:
        if is_real(entry.date):  # extraction unresolves impossible dates; a calendar must never fail on one
            cal.add_component(vevent(entry, site, base_url, now))
    return cal.to_ical().decode("utf-8")


END = b"END:VCALENDAR\r\n"
_kept: dict[str, tuple[tuple[object, ...], bytes]] = {}  # entry id -> (what its VEVENT is made of, the VEVENT)


def calendar_bytes(site: Site, base_url: str | None = None, name: str = "Chronology") -> bytes:
    """`calendar` as bytes, each entry's VEVENT kept between the builds of one process (`mkdocs serve`) while
    what it is made of is unchanged: serialising them is most of the calendar's cost at 1,000 sources. The
    same bytes: icalendar writes a calendar as its own lines, then each component's, then its END line. A kept
    VEVENT keeps its DTSTAMP (when its information last changed, as RFC 5545 has it) unless SOURCE_DATE_EPOCH sets
    it: the time of the build would otherwise make every VEVENT again on every edit."""
    head = Calendar()
    head.add("prodid", "-//Briefing//Chronology//EN")
    head.add("version", "2.0")
    head.add("calscale", "GREGORIAN")
    head.add("x-wr-calname", name)
    parts, kept, now = [head.to_ical().removesuffix(END)], {}, stamp()
    fixed = now if os.environ.get("SOURCE_DATE_EPOCH") else None
    for entry in site.links.entries:
        if is_real(entry.date):
            key = (entry, tuple(site.links.briefings[b].title for b in entry.briefings), base_url, fixed)
            old = _kept.get(entry.id)
            kept[entry.id] = (
                key,
                old[1] if old is not None and old[0] == key else vevent(entry, site, base_url, now).to_ical(),
            )
            parts.append(kept[entry.id][1])
    _kept.clear()
    _kept.update(kept)
    return b"".join([*parts, END])


def chronology_ics(site: Site, settings: ExportSettings) -> Iterator[bytes]:
    """The export: RFC 5545 lines end in CRLF, kept as they are."""
    yield calendar_bytes(site, settings.site_url or None)
