"""`briefing actors suggest`: registry entries for the detected actors, to review and paste into
registry/actors.yaml (id, name, kind, aliases in every source language, and the sentences they came from)."""

from __future__ import annotations

import yaml

from .safetext import comment_line
from .site import Site


def suggestions(site: Site) -> str:
    """YAML text: an `actors:` list of one entry per detected actor, most-named first, each followed by
    the sentences it was found in as comments."""
    counts: dict[str, int] = {}
    quotes: dict[str, list[str]] = {}
    for b in site.briefings:
        for d in b.detected:
            counts[d.id] = counts.get(d.id, 0) + 1
            quotes.setdefault(d.id, []).extend(q for q in d.quotes if q not in quotes.get(d.id, []))
    lines = [
        "# Detected actors, as registry entries to review (`briefing actors suggest`). Check each name and kind,",
        "# delete the wrong ones, then add the rest to registry/actors.yaml: the same id keeps their pages.",
        "actors:",
    ]
    ordered = sorted(counts, key=lambda a: (-counts[a], a))
    for actor_id in ordered:
        actor = site.registry.actors[actor_id]
        entry = {
            "id": actor.id,
            "name": actor.name,
            "kind": actor.kind,
            "aliases": {k: list(v) for k, v in actor.aliases.items()},
        }
        block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000)
        lines += ["  " + line for line in block.rstrip("\n").split("\n")]
        lines.append(f"    # named in {counts[actor_id]} source{'s' if counts[actor_id] != 1 else ''}; found in:")
        lines += [f"    #   {comment_line(q, 200)}" for q in quotes[actor_id][:5]]
    if not ordered:
        lines[-1] = "actors: []  # no detected actors: every actor the sources name is in a registry"
    return "\n".join(lines) + "\n"
