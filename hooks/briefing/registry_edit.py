"""Which sources a registry edit can change, told without extracting them again.

A source's extraction reads of the registries (extract.py, actors.py, credits.py, detect.py):
- the names `Registry.find` matches in its blocks (and in candidate names, which are parts of them), in the index of
  the source's language, in the order it tries them;
- of each actor a name matches, and of the actor it stands for: kind, origin, what it stands for and when not,
  and a state's name, which only names a body detected in the same block ("Ministry of Defence (Armenia)", "China
  Coast Guard": detect.py is given each block's state names and puts them in nothing else; the briefing records
  the states whose names it read, `Briefing.state_names_read`);
- whether the registry holds the id a detected actor would take (actors.free_id_base);
- the outlets its hints (publisher, site name, credits, host) or its credit lines name.
An edit that changes none of these for a source leaves its extraction as it was. Names are looked for in the loose
form of the text (registry.loose), where every name `find` can match stands: a change is never missed, only
sometimes suspected where it changes nothing; in a language with no data file, whose names are also read in
other forms and as initials (otherlang.py), any change of names is suspected. What extraction reads of the
registries must be named here.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from . import otherlang
from .actors import free_id_base
from .credits import credit_lines
from .extract import outlet_hints
from .model import Briefing
from .registry import Actor, Outlet, Registry, loose, loose_parts, outlet_named

Names = dict[str | None, list[tuple[str, ...]]]  # by language: the loose parts of names an edit may change the reading of
NUMBERED = re.compile(r"-\d+$")  # a detected actor's id numbered apart from one the registry holds


def _read(actor: Actor | None) -> tuple[object, ...] | None:
    """What extraction reads of an actor besides its names and a state's name (`_state_name`)."""
    if actor is None:
        return None
    return (actor.kind, actor.origin, actor.stands_for, actor.except_after)


def _state_name(actor: Actor | None) -> str | None:
    """A state's name: detected bodies beside it are named after it."""
    return actor.name if actor is not None and actor.kind == "state" else None


def _standing_for(ids: set[str], registries: tuple[Registry, ...]) -> set[str]:
    """These actors and those that stand for one of them (read through its names too)."""
    return ids | {a.id for r in registries for a in r.actors.values() if a.stands_for in ids}


class RegistryEdit:
    """The difference between the registries a source was extracted with (`old`) and today's (`new`)."""

    def __init__(self, old: Registry, new: Registry) -> None:
        self.old, self.new = old, new
        ids = old.actors.keys() | new.actors.keys()
        changed = {i for i in ids if _read(old.actors.get(i)) != _read(new.actors.get(i))}
        self.reread = _standing_for(changed, (old, new))
        # a state renamed (and nothing else of it): only a source whose detection read its name can change
        renamed = {i for i in ids - changed if _state_name(old.actors.get(i)) != _state_name(new.actors.get(i))}
        self.renamed = _standing_for(renamed, (old, new)) - self.reread
        added_or_removed = old.actors.keys() ^ new.actors.keys()
        self.taken = added_or_removed | {NUMBERED.sub("", i) for i in added_or_removed}
        self.outlets = _changed_outlets(old.outlets, new.outlets)
        self._names: Names = {}

    def touches(self, briefing: Briefing) -> bool:
        """Whether extracting the source with the new registries may give anything else than `briefing`, which
        the old ones gave."""
        if self.taken and any(free_id_base(d.name) in self.taken for d in briefing.detected):
            return True
        if self.outlets and self._names_outlet(briefing):
            return True
        if not self.renamed.isdisjoint(briefing.state_names_read):
            return True
        names = self._changed_names(briefing.language)
        if not names:
            return False
        if otherlang.applies(briefing.language):  # its names' other forms and initials stand in no loose text
            return True
        return _names_any(loose("\n".join(block.text for block in briefing.source.blocks)), names)

    def _changed_names(self, language: str | None) -> list[tuple[str, ...]]:
        """The loose parts of every name, in the old index or the new one, whose group of spellings differs or
        that names an actor read differently now."""
        if language not in self._names:
            old, new = self.old.names_by_spelling(language), self.new.names_by_spelling(language)
            spellings = frozenset(s for s in old.keys() | new.keys() if old.get(s) != new.get(s))
            self._names[language] = self._names_of(self.reread, language, {}, spellings)
        return self._names[language]

    def _names_of(
        self, actors: set[str], language: str | None, made: Names, spellings: frozenset[str] = frozenset()
    ) -> list[tuple[str, ...]]:
        """The loose parts of every name, in the old index or the new one, of these spellings or of these actors."""
        if language not in made:
            indexes = (self.old.names_by_spelling(language), self.new.names_by_spelling(language))
            for groups in indexes:
                spellings = spellings | {s for s, entries in groups.items() if any(e.actor in actors for e in entries)}
            entries = {e for s in spellings for groups in indexes for e in groups.get(s, ())}
            made[language] = sorted({loose_parts(e.tokens) for e in entries})
        return made[language]

    def _names_outlet(self, briefing: Briefing) -> bool:
        hints = [h for h in outlet_hints(briefing.source) if h]
        lines = "\n".join(credit_lines(briefing.source))
        return any(
            any(outlet_named(o, h) for h in hints) or any(name in lines for name in (o.name, *o.aliases)) for o in self.outlets
        )


def _names_any(text: str, names: list[tuple[str, ...]]) -> bool:
    return any(all(part in text for part in parts) for parts in names)


def _changed_outlets(old: dict[str, Outlet], new: dict[str, Outlet]) -> list[Outlet]:
    """Both forms of each outlet added, removed, changed or moved: the first outlet a hint names is taken."""
    kept_old, kept_new = [i for i in old if i in new], [i for i in new if i in old]
    in_place = set(kept_old)
    if kept_old != kept_new:
        matcher = difflib.SequenceMatcher(None, kept_old, kept_new, autojunk=False)
        in_place = {i for block in matcher.get_matching_blocks() for i in kept_old[block.a : block.a + block.size]}
    changed = [
        i
        for i in old.keys() | new.keys()
        if i not in in_place or replace(old[i], line=0) != replace(new[i], line=0)  # a line moved changes nothing
    ]
    return [o for i in sorted(changed) for o in (old.get(i), new.get(i)) if o is not None]
