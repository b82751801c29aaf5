"""Where the actors picture puts each actor: a force-directed layout that works at any size.

networkx's `spring_layout` is used below 500 actors, as it always was (the same seed gives the same
picture). From 500 nodes on it switches to a solver that needs scipy, which this project does not
install; there the same Fruchterman-Reingold forces are computed here with numpy, an axis at a time in
float32 (networkx's dense solver takes minutes at 2,000 nodes: it builds an n×n×2 array each step).
"""

from __future__ import annotations

import networkx as nx
import numpy as np

SPARSE_FROM = 500  # networkx's spring_layout needs scipy from this many nodes on
LARGE_ITERATIONS = 80  # each step costs n² work: ~2 s at 2,000 nodes


def spring(graph: nx.Graph, k: float, seed: int = 7, iterations: int = 200) -> dict[str, tuple[float, float]]:
    """Node -> (x, y): connected nodes pulled together by their edges' `weight`, all nodes pushed apart."""
    if len(graph) < SPARSE_FROM:
        return {
            node: (float(x), float(y))
            for node, (x, y) in nx.spring_layout(graph, seed=seed, k=k, iterations=iterations, weight="weight").items()
        }
    nodes = list(graph)
    weights = nx.to_numpy_array(graph, nodelist=nodes, weight="weight", dtype=np.float32)
    xs, ys = _fruchterman_reingold(weights, k, min(iterations, LARGE_ITERATIONS), seed)
    return {node: (float(x), float(y)) for node, x, y in zip(nodes, xs, ys, strict=True)}


def _fruchterman_reingold(weights: np.ndarray, k: float, iterations: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """networkx's dense Fruchterman-Reingold steps (repulsion k²/d, attraction weight·d/k, a step that cools
    linearly from a tenth of the unit square), written so each step allocates a few n×n arrays, not n×n×2."""
    x, y = np.random.default_rng(seed).random((2, len(weights)), dtype=np.float32)
    step = 0.1
    cooling = step / (iterations + 1)
    for _ in range(iterations):
        dx, dy = np.subtract.outer(x, x), np.subtract.outer(y, y)
        distance = np.sqrt(np.maximum(dx * dx + dy * dy, 1e-4))
        force = k * k / (distance * distance) - weights * distance / k
        move_x, move_y = (dx * force).sum(axis=1), (dy * force).sum(axis=1)
        length = np.maximum(np.hypot(move_x, move_y), 0.01)
        x += move_x * (step / length)
        y += move_y * (step / length)
        step -= cooling
    return x, y
