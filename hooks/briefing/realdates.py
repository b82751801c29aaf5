"""The last word on inferred dates: whatever the basis (a year inferred from the publication date or a
photo caption, a relative date), a date the calendar does not have ("29 February" placed in 2023) is
not published: the event keeps its words and becomes unresolved, saying why."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .model import Event

DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_real(value: str | None) -> bool:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day, month or year the calendar has."""
    match = DATE.fullmatch(value or "")
    if not match:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def checked(events: list[Event], estimate: tuple[str, str] | None) -> tuple[list[Event], tuple[str, str] | None]:
    """`events` with impossible dates unresolved, and the estimate if it is a real date."""
    out = []
    for event in events:
        if event.date is not None and not is_real(event.date):
            why = f"{event.basis_reason}; that gives {event.date}, which is not in the calendar".lstrip("; ")
            event = replace(event, date=None, date_basis="unresolved", basis_reason=why, planned=False)
        out.append(event)
    return out, estimate if estimate is None or is_real(estimate[0]) else None
