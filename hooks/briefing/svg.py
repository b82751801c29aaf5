"""Pictures generated at build time as plain SVG: the actors' networks (timeline.py draws the timeline).

Plain SVG keeps the site free of scripts and of third-party hosts. Every mark and node is a link,
but an HTML one laid over the picture, not an SVG <a>: Material's instant loading assigns
`el.href` on every element with an href, which throws on SVG links (their href is read-only).
Text that comes from a source or the registry is escaped here, as the templates escape theirs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

import networkx as nx

from .layout import spring
from .text import RTL_LETTERS

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#5f6b6d")
KIND_COLOURS = {"state": "#4e79a7", "organisation": "#f28e2b", "person": "#59a14f", "place": "#9c755f"}

RIGHT_TO_LEFT = re.compile(f"[{RTL_LETTERS}]")


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


def network(
    nodes: dict[str, tuple[str, str, int]],  # id -> (name, kind, sources naming it)
    weights: dict[str, dict[str, int]],
    href: dict[str, str],
    edges_per_node: int = 4,
    labels: int = 60,
    label: str = "Actors named together in the sources",
    centre: str | None = None,
) -> str:
    """Co-occurrence as a force-directed drawing (networkx): node size = sources naming the actor,
    line width = sources naming both. Only each actor's strongest links are drawn and only the most
    named actors are labelled, so the picture stays readable with hundreds of actors."""
    if not nodes:
        return ""
    spread = centre not in nodes  # the spring layout reads every link; an actor's own network (shells) none
    graph, layout = _graphs(nodes, weights, edges_per_node, spread)
    size = max(2, len(nodes))
    if not spread:  # one actor's network: it in the middle, the others around it by kind and name
        ring = sorted((n for n in nodes if n != centre), key=lambda n: (nodes[n][1], nodes[n][0]))
        pos = nx.shell_layout(layout, [[centre], ring] if ring else [[centre]])
    else:
        pos = spring(layout, k=2.2 / math.sqrt(size))
        del pos[""]
    width, height, margin = 800, max(420, min(1400, 60 * math.sqrt(size) + 200)), 20
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def placed(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return (margin + (x - x0) / ((x1 - x0) or 1) * (width - 2 * margin), 30 + (y - y0) / ((y1 - y0) or 1) * (height - 60))

    at = {node: placed(node) for node in nodes}.__getitem__  # each node's, once: the labels ask thousands of times

    most = max(c for _, _, c in nodes.values())
    radius = {n: 3 + 9 * math.sqrt(nodes[n][2] / most) for n in nodes}
    places = _labels(nodes, at, radius, (width, height), labels)
    out = [f'<svg class="network-svg" viewBox="0 0 {width} {height:.0f}" role="img" xmlns="http://www.w3.org/2000/svg"']
    out.append(f' aria-label="{escape(label)}">')
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
            tx, ty, anchor, box = places[node]
            rtl = ' class="rtl"' if RIGHT_TO_LEFT.search(name) else ""  # set larger: Arabic below 15 px is hard to read
            out.append(f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}"{rtl}>{escape(name)}</text>')
            hits.append(Hit(box[0], box[1], box[2] - box[0], box[3] - box[1], href[node], title, "label", focusable=False))
        out.append("</g>")
    out.append("</svg>")
    return _picture(out, width, height, hits, "network-picture")


def _graphs(
    nodes: dict[str, tuple[str, str, int]], weights: dict[str, dict[str, int]], edges_per_node: int, spread: bool
) -> tuple[nx.Graph, nx.Graph]:
    """The links drawn (each node's strongest), and the graph the layout reads: every link when `spread`."""
    graph, layout = nx.Graph(), nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    layout.add_nodes_from(sorted(nodes))
    for a in sorted(nodes):
        # on a tie, the link to the more named actor is kept: it ties small groups to the hubs
        strongest = sorted((-count, -nodes[b][2], b) for b, count in weights.get(a, {}).items() if b in nodes)
        for negative, _, b in strongest[:edges_per_node]:
            graph.add_edge(a, b, weight=-negative)
        if spread:
            for negative, _, b in strongest:
                layout.add_edge(a, b, weight=-negative)
            # a weak pull towards a common centre keeps unconnected groups from drifting to the edges
            layout.add_edge(a, "", weight=0.05)
    return graph, layout


Box = tuple[float, float, float, float]


def _labels(
    nodes: dict[str, tuple[str, str, int]],
    at: Callable[[str], tuple[float, float]],
    radius: dict[str, float],
    size: tuple[float, float],
    limit: int,
) -> dict[str, tuple[float, float, str, Box]]:
    """Label positions (x, baseline, text-anchor, box), the most named actors first: beside the circle on the
    side with more room, on the other side, then above or below it (beside only, two nodes of a 36-actor
    picture went unlabelled); a label that would overlap one already placed everywhere is left out: its name
    stays in the tooltip."""
    boxes = [(x - radius[n], y - radius[n], x + radius[n], y + radius[n]) for n in nodes for x, y in [at(n)]]  # circles too
    placed: dict[str, tuple[float, float, str, Box]] = {}
    width, height = size
    for node in sorted(nodes, key=lambda n: (-nodes[n][2], nodes[n][0])):
        if len(placed) >= limit:
            break
        for tx, ty, anchor, box in _label_spots(at(node), radius[node], 5.6 * len(nodes[node][0]), width):
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            if inside and not any(_overlap(box, other) for other in boxes):
                boxes.append(box)
                placed[node] = (tx, ty, anchor, box)
                break
    return placed


def _label_spots(centre: tuple[float, float], r: float, length: float, width: float) -> list[tuple[float, float, str, Box]]:
    """Where a label of `length` (about 5.6 units a letter of the 11px label) may go, in order of preference."""
    x, y = centre
    right = (x + r + 3, y + 4, "start", (x + r + 3, y - 8, x + r + 3 + length, y + 5))
    left = (x - r - 3, y + 4, "end", (x - r - 3 - length, y - 8, x - r - 3, y + 5))
    above = (x, y - r - 4, "middle", (x - length / 2, y - r - 16, x + length / 2, y - r - 3))
    below = (x, y + r + 12, "middle", (x - length / 2, y + r + 1, x + length / 2, y + r + 14))
    return [*((left, right) if x > width / 2 else (right, left)), above, below]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
