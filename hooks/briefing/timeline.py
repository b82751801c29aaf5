"""The chronology's timeline: an HTML strip of links, one per entry, that works without JavaScript.

An exact date is a point and an imprecise one (a month, a year) a faint range over its period, so the
vaguest events no longer look the most prominent. Every mark is a link at least 24 px square with its
label shown on hover and focus. The strip scrolls sideways in its own box; assets/chronology.js adds
zoom buttons and arrow keys between marks. Marks that find no free row are gathered into a cluster
mark that says how many entries it holds. Text from sources is escaped here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

ROWS_MAX = 6  # rows of marks; beyond, marks join a cluster
# Room a point takes, in thousandths of the strip: 24 px of the 688 px strip beside both sidebars on 1,280 to
# 1,366 px screens. It was 2.4 (2.4 px of a 1,000 px strip): neighbouring marks overlapped.
POINT = 35.0
GAP_YEARS = 3  # a run of at least this many years without marks is drawn as a short break
YEAR = re.compile(r"^\d{4}")  # a date placed on the axis; "--10-03" (no year) and unresolved ones are not


@dataclass(frozen=True)
class Mark:
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    href: str
    label: str  # what the mark says on focus: date, summary, sources
    entry: str = ""  # the entry's id, for the filters (empty: a mark that is not one entry)
    colour: str = "#4e79a7"
    solid: bool = True  # False: the date is inferred or relative
    planned: bool = False


@dataclass
class _Placed:
    mark: Mark
    x: float  # thousandths of the strip
    width: float
    row: int
    cluster: list[Mark] = field(default_factory=list)


def year_scale(years: set[int]) -> tuple[dict[int, float], float, list[tuple[float, int, int]]]:
    """x of the start of each year (thousandths), the width of a year, and the breaks for long empty runs."""
    first, last = min(years), max(years)
    slots: list[tuple[str, int, int]] = []  # ("year", y, y) or ("break", from, to)
    y = first
    while y <= last:
        if y not in years:
            end = y
            while end + 1 <= last and end + 1 not in years:
                end += 1
            if end - y + 1 >= GAP_YEARS:
                slots.append(("break", y, end))
                y = end + 1
                continue
        slots.append(("year", y, y))
        y += 1
    unit = 980 / sum(1 if kind == "year" else 0.6 for kind, _, _ in slots)
    x, starts, breaks = 10.0, {}, []
    for kind, a, b in slots:
        if kind == "year":
            starts[a] = x
            x += unit
        else:
            breaks.append((x, a, b))
            x += unit * 0.6
    return starts, unit, breaks


def span(date: str, starts: dict[int, float], unit: float) -> tuple[float, float, bool]:
    """Start, width and exactness of a date: a day is a point, a month or a year covers its period."""
    parts = [int(p) for p in date.split("-")[:3]]
    x = starts[parts[0]]
    if len(parts) == 1:
        return x, unit, False
    if len(parts) == 2:
        return x + unit * (parts[1] - 1) / 12, unit / 12, False
    return x + unit * ((parts[1] - 1) / 12 + (parts[2] - 1) / 372), 0.0, True


def render(marks: Sequence[Mark], label: str) -> str:
    """The timeline's HTML; empty when no mark has a year to place."""
    marks = [m for m in marks if YEAR.match(m.date)]
    if not marks:
        return ""
    starts, unit, breaks = year_scale({int(m.date[:4]) for m in marks})
    rows: list[float] = []  # right edge of the last mark of each row
    placed: list[_Placed] = []
    xs: list[tuple[float, int]] = []  # (x, index in placed), sorted: where a crowded mark finds its cluster
    for mark in sorted(marks, key=lambda m: (m.date[:4], -len(m.date), m.date, m.href)):
        x, width, exact = span(mark.date, starts, unit)
        room = POINT if exact else max(width, POINT)
        start = x - POINT / 2 if exact else x
        row = next((r for r, right in enumerate(rows) if right <= start), None)
        if row is None and len(rows) < ROWS_MAX:
            row = len(rows)
            rows.append(0.0)
        if row is None:  # no room: the mark joins the nearest mark already drawn (found by bisection)
            at = bisect.bisect_left(xs, (x,))
            near = [xs[i] for i in (at - 1, at) if 0 <= i < len(xs)]
            placed[min(near, key=lambda n: abs(n[0] - x))[1]].cluster.append(mark)
            continue
        rows[row] = start + room + 0.4
        bisect.insort(xs, (x, len(placed)))
        placed.append(_Placed(mark, x, width, row))
    out = [f'<div class="tl" role="group" aria-label="{escape(label)}" data-rows="{len(rows)}">']
    out.append('<div class="tl-controls" hidden><button type="button" data-zoom="in" aria-label="Zoom in">+</button>')
    out.append('<button type="button" data-zoom="out" aria-label="Zoom out">−</button>')
    out.append('<button type="button" data-zoom="reset">Whole period</button>')
    out.append('<span class="tl-hint">Arrow keys move between marks; drag or scroll sideways to pan.</span></div>')
    out.append(f'<div class="tl-scroll"><div class="tl-strip" style="--rows:{len(rows)}">')
    out.append('<span class="tl-band" aria-hidden="true">Point at or focus a mark to read it.</span>')
    step = max(1, -(-len(starts) // 14))  # at most ~14 year labels at the first zoom, ~7 on a phone
    for n, (year, x) in enumerate(sorted(starts.items())):
        minor = "" if n % (2 * step) == 0 else " tl-minor-phone" if n % step == 0 else " tl-minor"
        out.append(f'<span class="tl-year{minor}" style="left:{x / 10:.2f}%;width:{unit / 10:.2f}%">{year}</span>')
    for x, a, b in breaks:
        out.append(f'<span class="tl-break" style="left:{x / 10:.2f}%" title="{a}–{b}: nothing dated">≈</span>')
    for p in sorted(placed, key=lambda p: (p.mark.date, p.mark.href)):
        out.append(_mark(p))
    out.append("</div></div></div>")
    return "".join(out)


def _mark(p: _Placed) -> str:
    m = p.mark
    kind = "tl-point" if p.width == 0 else "tl-range"
    classes = [kind, "tl-inexact" if not m.solid else "", "tl-planned" if m.planned else "", "tl-cluster" if p.cluster else ""]
    # --x places the label: from the mark rightwards at the strip's start, leftwards at its end
    style = f"left:{p.x / 10:.3f}%;--x:{p.x / 10:.0f};--row:{p.row};--colour:{m.colour}"
    if p.width:
        style += f";width:{p.width / 10:.3f}%"
    label = m.label if not p.cluster else f"{m.label}; and {len(p.cluster)} more entries nearby"
    # A cluster lists the entries it holds, for the filters; a single mark's entry is its link's target.
    entries = " ".join(e for e in [m.entry, *(c.entry for c in p.cluster)] if e) if p.cluster else ""
    held = f' data-entries="{escape(entries)}"' if entries else ""
    count = f'<span class="tl-count" aria-hidden="true">{len(p.cluster) + 1}</span>' if p.cluster else ""
    # The label is the link's text: clipped out of sight until the mark is hovered or focused.
    return (
        f'<a class="tl-mark {" ".join(c for c in classes if c)}" href="{escape(m.href)}" style="{style}"'
        f' data-date="{escape(m.date)}"{held}>{count}<span class="tl-label">{escape(label)}</span></a>'
    )
