"""Pictures generated at build time as plain SVG: the chronology's timeline and the actors' network.

Plain SVG keeps the site free of scripts and of third-party hosts. Every mark and node is a link,
but an HTML one laid over the picture, not an SVG <a>: Material's instant loading assigns
`el.href` on every element with an href, which throws on SVG links (their href is read-only).
Text that comes from a source or the registry is escaped here, as the templates escape theirs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

import networkx as nx

from .layout import spring

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#5f6b6d")
KIND_COLOURS = {"state": "#4e79a7", "organisation": "#f28e2b", "person": "#59a14f", "place": "#9c755f"}
WIDTH = 1000
ROW = 18  # height of one row of marks
AXIS = 34  # room under the marks for the year labels
GAP_YEARS = 3  # a run of at least this many years without marks is drawn as a short break


@dataclass(frozen=True)
class Hit:
    """A link over a region of a picture, in the picture's own units."""

    x: float
    y: float
    width: float
    height: float
    href: str
    title: str
    cls: str
    focusable: bool = True


def _picture(svg: list[str], width: float, height: float, hits: list[Hit], cls: str) -> str:
    """The SVG with its links laid over it, positioned in percentages so they scale with it."""
    out = [f'<div class="picture {cls}">', *svg]
    for h in hits:
        box = (100 * h.x / width, 100 * h.y / height, 100 * h.width / width, 100 * h.height / height)
        style = "left:{:.2f}%;top:{:.2f}%;width:{:.2f}%;height:{:.2f}%".format(*box)
        extra = "" if h.focusable else ' tabindex="-1" aria-hidden="true"'
        out.append(f'<a class="{h.cls}" href="{escape(h.href)}" title="{escape(h.title)}" aria-label="{escape(h.title)}"')
        out.append(f' style="{style}"{extra}></a>')
    out.append("</div>")
    return "".join(out)


@dataclass(frozen=True)
class Mark:
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD: the mark spans the period the precision allows
    href: str
    title: str
    colours: tuple[str, ...]  # one band per colour (e.g. one per source)
    solid: bool = True  # False: the date is inferred or relative (dashed outline, paler fill)
    hollow: bool = False  # planned: outline only


def _year_scale(years: set[int]) -> tuple[dict[int, float], float, list[tuple[float, int, int]]]:
    """x of the start of each year, the width of a year, and the breaks drawn for long empty runs."""
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
    unit = (WIDTH - 20) / sum(1 if kind == "year" else 0.6 for kind, _, _ in slots)
    x, starts, breaks = 10.0, {}, []
    for kind, a, b in slots:
        if kind == "year":
            starts[a] = x
            x += unit
        else:
            breaks.append((x, a, b))
            x += unit * 0.6
    return starts, unit, breaks


def _span(date: str, starts: dict[int, float], unit: float) -> tuple[float, float]:
    """Start and width of a mark: a year-only date covers its year, a month its month."""
    parts = [int(p) for p in date.split("-")]
    x = starts[parts[0]]
    if len(parts) == 1:
        return x, unit
    if len(parts) == 2:
        return x + unit * (parts[1] - 1) / 12, unit / 12
    return x + unit * ((parts[1] - 1) / 12 + (parts[2] - 1) / 372), unit / 372


def timeline(marks: Sequence[Mark], label: str) -> str:
    """A time axis with one mark per entry, packed into rows so that no two marks overlap."""
    if not marks:
        return ""
    starts, unit, breaks = _year_scale({int(m.date[:4]) for m in marks})
    rows: list[float] = []  # right edge of the last mark of each row
    placed = []
    for mark in sorted(marks, key=lambda m: (m.date[:4], -len(m.date), m.date, m.href)):
        x, w = _span(mark.date, starts, unit)
        w = max(w, 7.0)
        x = min(x, WIDTH - 10 - w)
        row = next((r for r, right in enumerate(rows) if right + 2 <= x), len(rows))
        if row == len(rows):
            rows.append(0.0)
        rows[row] = x + w
        placed.append((mark, x, w, row))
    height = len(rows) * ROW + AXIS
    out = [
        f'<svg class="timeline-svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    axis_y = len(rows) * ROW + 6
    out.append(f'<line class="axis" x1="10" y1="{axis_y}" x2="{WIDTH - 10}" y2="{axis_y}"/>')
    step = max(1, math.ceil(len(starts) / 14))  # at most ~14 year labels
    for n, (year, x) in enumerate(sorted(starts.items())):
        out.append(f'<line class="tick" x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}"/>')
        if n % step == 0:
            out.append(f'<text class="year" x="{x + unit / 2:.1f}" y="{axis_y + 18}">{year}</text>')
    for x, a, b in breaks:
        out.append(f'<text class="break" x="{x + unit * 0.3:.1f}" y="{axis_y + 4}"><title>{a}–{b}: nothing dated</title>≈</text>')
    hits = []
    for mark, x, w, row in placed:
        y = row * ROW + 2
        cls = "mark" + ("" if mark.solid else " inexact") + (" planned" if mark.hollow else "")
        out.append(f'<g class="{cls}">')
        band = (ROW - 4) / len(mark.colours)
        for k, colour in enumerate(mark.colours):
            opacity = ' fill-opacity="0.1"' if mark.hollow else ""  # planned: an outline with a faint fill
            out.append(f'<rect x="{x:.1f}" y="{y + k * band:.1f}" width="{w:.1f}" height="{band:.1f}" fill="{colour}"{opacity} ')
            out.append(f'stroke="{colour}"/>')
        out.append("</g>")
        hits.append(Hit(x - 1, y - 1, w + 2, ROW - 2, mark.href, mark.title, cls))
    out.append("</svg>")
    return _picture(out, WIDTH, height, hits, "timeline-picture")


def network(
    nodes: dict[str, tuple[str, str, int]],  # id -> (name, kind, sources naming it)
    weights: dict[str, dict[str, int]],
    href: dict[str, str],
    edges_per_node: int = 4,
    labels: int = 60,
) -> str:
    """Co-occurrence as a force-directed drawing (networkx): node size = sources naming the actor,
    line width = sources naming both. Only each actor's strongest links are drawn and only the most
    named actors are labelled, so the picture stays readable with hundreds of actors."""
    if not nodes:
        return ""
    graph, layout = nx.Graph(), nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    layout.add_nodes_from(sorted(nodes))
    for a in sorted(nodes):
        # on a tie, the link to the more named actor is kept: it ties small groups to the hubs
        strongest = sorted((-count, -nodes[b][2], b) for b, count in weights.get(a, {}).items() if b in nodes)
        for negative, _, b in strongest[:edges_per_node]:
            graph.add_edge(a, b, weight=-negative)
        for negative, _, b in strongest:
            layout.add_edge(a, b, weight=-negative)
        # a weak pull towards a common centre keeps unconnected groups from drifting to the edges
        layout.add_edge(a, "", weight=0.05)
    size = max(2, len(nodes))
    pos = spring(layout, k=2.2 / math.sqrt(size))
    del pos[""]
    width, height, margin = 800, max(420, min(1400, 60 * math.sqrt(size) + 200)), 20
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def at(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return (margin + (x - x0) / ((x1 - x0) or 1) * (width - 2 * margin), 30 + (y - y0) / ((y1 - y0) or 1) * (height - 60))

    most = max(c for _, _, c in nodes.values())
    radius = {n: 3 + 9 * math.sqrt(nodes[n][2] / most) for n in nodes}
    places = _labels(nodes, at, radius, width, labels)
    out = [f'<svg class="network-svg" viewBox="0 0 {width} {height:.0f}" role="img" xmlns="http://www.w3.org/2000/svg"']
    out.append(' aria-label="Actors named together in the sources">')
    strongest_edge = max((d["weight"] for _, _, d in graph.edges(data=True)), default=1)
    for a, b, data in sorted(graph.edges(data=True)):
        (xa, ya), (xb, yb) = at(a), at(b)
        share = data["weight"] / strongest_edge
        out.append(f'<line class="edge" x1="{xa:.1f}" y1="{ya:.1f}" x2="{xb:.1f}" y2="{yb:.1f}" ')
        out.append(f'stroke-width="{0.6 + 3 * share:.1f}" stroke-opacity="{0.15 + 0.45 * share:.2f}"/>')
    hits = []
    for node in sorted(nodes, key=lambda n: (nodes[n][2], n)):  # the most named last, so on top
        name, kind, count = nodes[node]
        x, y = at(node)
        r = radius[node]
        out.append(f'<g class="node node-{kind}">')
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{KIND_COLOURS.get(kind, "#888")}"/>')
        title = f"{name}: {count} source{'s' if count != 1 else ''}"
        hit = max(r, 6)  # small circles still get a target a finger can hit
        hits.append(Hit(x - hit, y - hit, 2 * hit, 2 * hit, href[node], title, f"node node-{kind}"))
        if node in places:
            tx, anchor, box = places[node]
            out.append(f'<text x="{tx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{escape(name)}</text>')
            hits.append(Hit(box[0], box[1], box[2] - box[0], box[3] - box[1], href[node], title, "label", focusable=False))
        out.append("</g>")
    out.append("</svg>")
    return _picture(out, width, height, hits, "network-picture")


def _labels(
    nodes: dict[str, tuple[str, str, int]],
    at: Callable[[str], tuple[float, float]],
    radius: dict[str, float],
    width: float,
    limit: int,
) -> dict[str, tuple[float, str, tuple[float, float, float, float]]]:
    """Label positions (x, text-anchor, box), the most named actors first; a label that would overlap
    one already placed (on either side of its circle) is left out: its name stays in the tooltip."""
    boxes = [(x - radius[n], y - radius[n], x + radius[n], y + radius[n]) for n in nodes for x, y in [at(n)]]  # circles too
    placed: dict[str, tuple[float, str, tuple[float, float, float, float]]] = {}
    for node in sorted(nodes, key=lambda n: (-nodes[n][2], nodes[n][0])):
        if len(placed) >= limit:
            break
        x, y = at(node)
        length = 5.6 * len(nodes[node][0])  # about the width of an 11px sans-serif label
        right = (x + radius[node] + 3, "start", x + radius[node] + 3)
        left = (x - radius[node] - 3, "end", x - radius[node] - 3 - length)
        for tx, anchor, x0 in (left, right) if x > width / 2 else (right, left):
            box = (x0, y - 8, x0 + length, y + 5)
            if box[0] >= 0 and box[2] <= width and not any(_overlap(box, other) for other in boxes):
                boxes.append(box)
                placed[node] = (tx, anchor, box)
                break
    return placed


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
