"""Measure extraction against a hand-written gold file: `python -m briefing.evaluate GOLD`.

An event matches when it comes from the gold sentence and has the same date at the same
precision (an unresolved gold event matches an unresolved prediction). An *invented date* is a
predicted date where the gold has another date or no event at all.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .extract import extract
from .load import load_source
from .model import Briefing
from .pipeline import load_registry
from .site import Project


@dataclass
class Score:
    true_positive: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    def __iadd__(self, other: Score) -> Score:
        self.true_positive += other.true_positive
        self.predicted += other.predicted
        self.expected += other.expected
        return self


@dataclass
class SourceResult:
    path: str
    events: Score
    actors: Score
    invented: list[str]
    missed: list[str]
    published_ok: bool


def score_source(briefing: Briefing, gold: dict[str, Any]) -> SourceResult:
    gold_events = gold.get("events") or []
    unmatched = list(briefing.events)
    matched, missed = 0, []
    for g in gold_events:
        hit = next((e for e in unmatched if g["quote"] in e.quote and e.date == (str(g["date"]) if g["date"] else None)), None)
        if hit:
            matched += 1
            unmatched.remove(hit)
        else:
            missed.append(f"{g['quote']} -> {g['date']}")
    invented = [f"{e.date} from '{e.date_text}' in: {e.quote[:80]}" for e in unmatched if e.date]
    expected_actors = set(gold.get("actors") or [])
    found_actors = set(briefing.actors)
    return SourceResult(
        path=briefing.source.path,
        events=Score(matched, len(briefing.events), len(gold_events)),
        actors=Score(len(expected_actors & found_actors), len(found_actors), len(expected_actors)),
        invented=invented,
        missed=missed
        + [f"actor {a}" for a in sorted(expected_actors - found_actors)]
        + [f"extra actor {a}" for a in sorted(found_actors - expected_actors)],
        published_ok=briefing.published.date == (str(gold["published"]) if gold.get("published") else None),
    )


def evaluate(gold_file: Path, root: Path) -> list[SourceResult]:
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))["sources"]
    registry, _ = load_registry(Project(root))
    return [score_source(extract(load_source(root / path, root), registry), entry) for path, entry in gold.items()]


def report(results: list[SourceResult]) -> str:
    lines = [f"{'source':44} {'ev P':>6} {'ev R':>6} {'act P':>6} {'act R':>6} {'invented':>9} {'published':>9}"]
    events, actors, invented = Score(), Score(), 0
    for r in results:
        events += r.events
        actors += r.actors
        invented += len(r.invented)
        lines.append(
            f"{r.path:44} {r.events.precision:6.2f} {r.events.recall:6.2f} {r.actors.precision:6.2f} {r.actors.recall:6.2f}"
            f" {len(r.invented):9d} {'ok' if r.published_ok else 'WRONG':>9}"
        )
        lines += [f"    invented: {i}" for i in r.invented] + [f"    missed: {m}" for m in r.missed]
    lines.append(
        f"{'overall':44} {events.precision:6.2f} {events.recall:6.2f} {actors.precision:6.2f} {actors.recall:6.2f} {invented:9d}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the folder of mkdocs.yml (default: here)")
    args = parser.parse_args(argv)
    print(report(evaluate(args.gold, args.root)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
