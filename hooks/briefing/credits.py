"""An agency or outlet credited in the text itself: "DOHA, Nov. 4 (QNA) —", "… — РИА Новости.", "(AFP)".

The outlets are the registries' (the briefing's and the built-in ones): a credit names the originating
agency, so a source that states no publisher is attributed to it, and its affiliation is noted.
"""

from __future__ import annotations

import re

from .model import Source
from .registry import Outlet, Registry

EDGE_BLOCKS = 3  # credits stand in the first lines (a dateline) or the last (a sign-off)


def credited_outlet(source: Source, registry: Registry) -> Outlet | None:
    """The outlet a dateline or sign-off credits, if any (a sign-off may have been set apart as a caption)."""
    if "credits" not in registry._made:
        registry._made["credits"] = _credit_pattern(registry)
    pattern, names = registry._made["credits"]
    if pattern is None:
        return None
    for line in credit_lines(source):
        match = pattern.search(line)
        if match:
            return registry.outlets[names[next(g for g in match.groups() if g)]]
    return None


def credit_lines(source: Source) -> list[str]:
    """The lines a credit may stand in: the first and last blocks, and what was set apart (a sign-off caption)."""
    blocks = [b.text for b in source.blocks]
    edge = [*blocks[:EDGE_BLOCKS], *blocks[-EDGE_BLOCKS:]] if len(blocks) > EDGE_BLOCKS else blocks
    return [*edge, *(r.text for r in source.removed)]


def _credit_pattern(registry: Registry) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    names: dict[str, str] = {}
    for outlet_id, outlet in registry.outlets.items():
        for name in (outlet.name, *outlet.aliases):
            names.setdefault(name, outlet_id)
    if not names:
        return None, names
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # "(QNA)", "(AFP) —" in a dateline; "— РИА Новости." or "- Reuters" closing a paragraph; "Reuters —" opening one
    pattern = re.compile(
        rf"\((?:[^()]{{0,30}}[/,]\s*)?({alternatives})\)"
        rf"|[—–-]\s*({alternatives})\s*[.»”\"]?\s*$"
        rf"|^({alternatives})\s*[—–]"
    )
    return pattern, names
