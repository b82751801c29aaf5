"""The actors picture at sizes where networkx needs scipy (500 nodes and more), which is not installed."""

from __future__ import annotations

import math
import random
import re
import time

from briefing import svg


def _actors(n: int) -> tuple[dict[str, tuple[str, str, int]], dict[str, dict[str, int]]]:
    """`n` actors in groups of ten named together, each group tied to the next by one actor."""
    rng = random.Random(3)
    nodes = {f"actor-{i}": (f"Actor {i}", rng.choice(["state", "organisation", "person"]), rng.randint(1, 40)) for i in range(n)}
    weights: dict[str, dict[str, int]] = {a: {} for a in nodes}
    for i in range(n):
        for j in [*range(i - i % 10, i - i % 10 + 10), i + 10]:
            if j != i and j < n:
                weight = rng.randint(1, 5)
                weights[f"actor-{i}"][f"actor-{j}"] = weights[f"actor-{j}"][f"actor-{i}"] = weight
    return nodes, weights


def test_two_thousand_actors_are_drawn_inside_the_picture() -> None:
    nodes, weights = _actors(2000)
    started = time.process_time()
    picture = svg.network(nodes, weights, {a: a + "/" for a in nodes})
    assert time.process_time() - started < 60  # CPU seconds: the layout must not grow quadratically
    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', picture).groups())
    assert picture.count("<circle ") == 2000
    for x, y in re.findall(r'<circle cx="([\d.-]+)" cy="([\d.-]+)"', picture):
        assert 0 <= float(x) <= width and 0 <= float(y) <= height


def test_actors_named_together_are_drawn_closer_than_others() -> None:
    """A real layout, not a scatter: at 600 actors (the numpy layout), a group sits tighter than the whole."""
    nodes, weights = _actors(600)
    picture = svg.network(nodes, weights, {a: a + "/" for a in nodes})
    centres = re.findall(r'<circle cx="([\d.-]+)" cy="([\d.-]+)"', picture)
    assert len(centres) == 600
    order = sorted(nodes, key=lambda n: (nodes[n][2], n))  # as svg.network draws them: least named first
    at = {node: (float(x), float(y)) for node, (x, y) in zip(order, centres, strict=True)}

    def spread(group: list[str]) -> float:
        xs, ys = [at[a][0] for a in group], [at[a][1] for a in group]
        cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
        return sum(math.dist((cx, cy), at[a]) for a in group) / len(group)

    groups = [[f"actor-{i}" for i in range(start, start + 10)] for start in range(0, 600, 10)]
    assert sum(map(spread, groups)) / len(groups) < 0.5 * spread(list(nodes))
