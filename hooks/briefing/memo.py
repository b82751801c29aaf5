"""Briefing pages' Markdown remembered between the builds of one process (`mkdocs serve --dirty`), and made
again only when what it is made from changed: at 1,000 sources, making every page's Markdown again costs
more than the whole rebuild may take, though an edit changes a handful of them.

`briefing_inputs` names everything `render.briefing_page` and its templates read; two builds that give
equal inputs give the same Markdown. The model's records are frozen dataclasses, so equal means the same
values (and for the unchanged sources, the very objects kept by the extraction cache, compared at once).
A template that reads more of the site must add it here: tests/test_preview.py compares the served site
with a full build after edits, additions, deletions, renames and a registry edit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from .model import Briefing
from .site import Site

Makers = dict[str, Callable[[], str]]


def briefing_inputs(b: Briefing, site: Site) -> tuple[object, ...]:
    links = site.links
    related = tuple(links.related.get(b.id, ()))
    return (
        b,
        site.language,
        site.registry.digest,  # actor names, kinds and paths: tags, links, mentions
        site.assessments.get(b.id),  # the reliability note
        related,
        tuple(links.briefings.get(r.briefing) for r in related),  # their titles and paths
        tuple(links.backlinks.get(b.id, ())),
        tuple(links.entry_for(e.id) for e in b.events),  # corroboration, conflicts and paths of its entries
    )


class PageMemo:
    def __init__(self) -> None:
        self.kept: dict[str, tuple[tuple[object, ...], str]] = {}  # page path -> (inputs, Markdown)

    def makers(self, site: Site, makers: Makers) -> Makers:
        """The same makers; a briefing page whose inputs equal the last build's is its last Markdown."""
        paths = {f"briefings/{b.id}.md": b for b in site.briefings}
        self.kept = {path: kept for path, kept in self.kept.items() if path in paths}
        return {
            path: partial(self._make, path, paths[path], site, make) if path in paths else make for path, make in makers.items()
        }

    def _make(self, path: str, b: Briefing, site: Site, make: Callable[[], str]) -> str:
        inputs = briefing_inputs(b, site)
        kept = self.kept.get(path)
        if kept is not None and kept[0] == inputs:
            return kept[1]
        text = make()
        self.kept[path] = (inputs, text)
        return text
