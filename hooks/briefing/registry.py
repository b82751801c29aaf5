"""The editors' registries (actors and outlets) and the name matching built on them.

Matching is token based and language aware: Arabic text is normalised (alef and hamza forms,
taa marbuta, alef maqsura, tatweel, diacritics) and attached prefixes (و ف ب ل ك ال) are tried
off the first word of a name, so "والناتو" finds the alias "الناتو".
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import safeyaml
from .errors import Problem, SourceError
from .registry_schema import check_entry

KINDS = ("state", "organisation", "person", "place")
AFFILIATIONS = ("state-affiliated", "press-release", "independent", "public-service", "commercial", "aggregator", "unknown")
TOKEN = re.compile(r"\w+")
JOINER = re.compile(r"[\s\-.'’]{0,3}")
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


@lru_cache(maxsize=1 << 16)  # called for every token of every source; the vocabulary is small
def normalise(word: str) -> str:
    """Fold a word for matching: case, compatibility forms, Arabic spelling variants."""
    word = unicodedata.normalize("NFKC", word).lower()
    return ARABIC_MARKS.sub("", word).translate(ARABIC_FOLD)


@lru_cache(maxsize=1 << 16)
def variants(word: str) -> set[str]:
    """The normalised word and the words left once Arabic clitics are taken off it:
    a conjunction (و ف), then a preposition (ب ل ك), then the article (ال); "لل" is ل + ال."""
    found = {word}
    for conjunction in ("", "و", "ف"):
        if not word.startswith(conjunction):
            continue
        rest = word[len(conjunction) :]
        for preposition in ("", "ب", "ل", "ك"):
            stem = rest[len(preposition) :] if rest.startswith(preposition) else None
            if not stem or len(stem) < 2:
                continue
            found.add(stem)
            if stem.startswith("ال") and len(stem) > 3:
                found.add(stem[2:])
            if preposition == "ل" and stem.startswith("ل"):
                found.add("ا" + stem)
    return found


@dataclass(frozen=True)
class Role:
    title: str
    organisation: str | None
    start: str | None
    end: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: dict[str, tuple[str, ...]]
    roles: tuple[Role, ...] = ()
    stands_for: str | None = None
    except_after: tuple[str, ...] = ()
    line: int = 0

    @property
    def path(self) -> str:
        return f"actors/{self.id}/"

    def all_aliases(self) -> list[str]:
        return [self.name] + [a for names in self.aliases.values() for a in names]


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    country: str | None
    ownership: str | None
    affiliation: str
    state: str | None
    line: int = 0


@dataclass(frozen=True)
class Match:
    actor: str
    start: int
    end: int


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]
    exact: tuple[str, ...] | None  # acronyms ("US", "NATO") must match letter case too
    actor: str


class _LineLoader(safeyaml.SafeLoader):
    """Records the line of each mapping so registry problems can point at it."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_entries(path: Path, rel: str, key: str) -> list[dict[str, Any]]:
    try:
        data = safeyaml.load(path.read_text(encoding="utf-8"), _LineLoader)[0] or {}
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise SourceError(Problem(rel, f"malformed YAML: {exc.problem}", line)) from None
    except (OSError, UnicodeDecodeError, yaml.reader.ReaderError) as exc:
        raise SourceError(Problem(rel, f"cannot read registry: {exc}")) from None
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SourceError(Problem(rel, f"expected a top-level '{key}:' list"))
    return entries


def _aliases(raw: Any) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if isinstance(raw, list):
        return {"und": tuple(str(a) for a in raw)}
    if not isinstance(raw, dict):
        raise ValueError("aliases must be a mapping of language: [names]")
    return {str(lang): tuple(str(a) for a in (names or [])) for lang, names in raw.items() if lang != "__line__"}


def _require(entry: dict[str, Any], name: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"missing '{name}'")
    return value.strip()


def _role(raw: dict[str, Any]) -> Role:
    from .load import parse_date  # the same date rules as frontmatter

    return Role(
        title=_require(raw, "title"),
        organisation=raw.get("organisation"),
        start=parse_date(raw["from"]) if raw.get("from") else None,
        end=parse_date(raw["to"]) if raw.get("to") else None,
        aliases=tuple(str(a) for names in _aliases(raw.get("aliases")).values() for a in names),
    )


def load_actors(path: Path, rel: str) -> tuple[dict[str, Actor], list[Problem]]:
    """Actors by id, and the problems found (each with its line)."""
    actors: dict[str, Actor] = {}
    problems: list[Problem] = []
    for entry in _read_entries(path, rel, "actors"):
        line = entry.get("__line__") if isinstance(entry, dict) else None
        try:
            if not isinstance(entry, dict):
                raise ValueError("each actor must be a mapping")
            check_entry(entry, "actor")
            actor_id = _require(entry, "id")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor_id):
                raise ValueError(f"id '{actor_id}' must be lower-case letters, digits and hyphens")
            if actor_id in actors:
                raise ValueError(f"duplicate id '{actor_id}' (first at line {actors[actor_id].line})")
            kind = _require(entry, "kind")
            if kind not in KINDS:
                raise ValueError(f"kind '{kind}' must be one of {', '.join(KINDS)}")
            stands = entry.get("stands_for") or {}
            actors[actor_id] = Actor(
                id=actor_id,
                name=_require(entry, "name"),
                kind=kind,
                aliases=_aliases(entry.get("aliases")),
                roles=tuple(_role(r) for r in entry.get("roles") or []),
                stands_for=stands.get("actor"),
                except_after=tuple(str(w) for w in stands.get("except_after") or []),
                line=line or 0,
            )
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            problems.append(Problem(rel, f"actor entry: {exc}", line))
    for actor in actors.values():
        if actor.stands_for and actor.stands_for not in actors:
            problems.append(Problem(rel, f"actor '{actor.id}' stands_for unknown actor '{actor.stands_for}'", actor.line))
    problems += _overlapping_aliases(actors, rel)
    return actors, problems


def _overlapping_aliases(actors: dict[str, Actor], rel: str) -> list[Problem]:
    owner: dict[tuple[str, ...], str] = {}
    problems = []
    for actor in actors.values():
        for alias in set(actor.all_aliases()):
            key = tuple(normalise(t) for t in TOKEN.findall(alias))
            other = owner.setdefault(key, actor.id)
            if other != actor.id:
                fix = "an alias may name one actor only: remove it from one of them"
                problems.append(Problem(rel, f"alias '{alias}' of '{actor.id}' is also an alias of '{other}': {fix}", actor.line))
    return problems


def load_outlets(path: Path, rel: str) -> tuple[dict[str, Outlet], list[Problem]]:
    outlets: dict[str, Outlet] = {}
    problems: list[Problem] = []
    for entry in _read_entries(path, rel, "outlets"):
        line = entry.get("__line__") if isinstance(entry, dict) else None
        try:
            check_entry(entry, "outlet")
            outlet_id = _require(entry, "id")
            affiliation = entry.get("affiliation") or "unknown"
            if affiliation not in AFFILIATIONS:
                raise ValueError(f"affiliation '{affiliation}' must be one of {', '.join(AFFILIATIONS)}")
            if outlet_id in outlets:
                raise ValueError(f"duplicate id '{outlet_id}'")
            outlets[outlet_id] = Outlet(
                id=outlet_id,
                name=_require(entry, "name"),
                aliases=tuple(str(a) for a in entry.get("aliases") or []),
                domains=tuple(str(d).lower() for d in entry.get("domains") or []),
                country=entry.get("country"),
                ownership=entry.get("ownership"),
                affiliation=affiliation,
                state=entry.get("state"),
                line=line or 0,
            )
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(Problem(rel, f"outlet entry: {exc}", line))
    return outlets, problems


@dataclass
class Registry:
    actors: dict[str, Actor]
    outlets: dict[str, Outlet]
    digest: str = ""  # hash of both files, part of the extraction cache key
    _index: dict[str, list[_Alias]] = field(default_factory=dict, repr=False)
    _candidates: dict[str, tuple[_Alias, ...]] = field(default_factory=dict, repr=False)  # token -> aliases it may start
    _starts_none: set[str] = field(default_factory=set, repr=False)  # tokens known to start no alias

    def __post_init__(self) -> None:
        index: dict[str, list[_Alias]] = defaultdict(list)
        for actor in self.actors.values():
            for alias in set(actor.all_aliases()):
                raw = TOKEN.findall(alias)
                if not raw:
                    continue
                acronym = len(raw) == 1 and raw[0].isupper() and len(raw[0]) <= 5
                entry = _Alias(tuple(normalise(t) for t in raw), tuple(raw) if acronym else None, actor.id)
                index[entry.tokens[0]].append(entry)
        for entries in index.values():
            entries.sort(key=lambda a: -len(a.tokens))
        self._index = dict(index)

    def find(self, text: str) -> list[Match]:
        """Registry names in `text`, longest first, without overlaps."""
        tokens = list(TOKEN.finditer(text))
        norms = [normalise(t.group()) for t in tokens]
        found: list[Match] = []
        after = 0  # the first token not inside a name found
        # Most words start no alias: one pass over the words leaves those out, instead of a call for each.
        for i in [i for i, norm in enumerate(norms) if norm not in self._starts_none]:
            if i < after:
                continue
            best = self._match_at(text, tokens, norms, i)
            if best:
                length, actor = best
                found.append(Match(actor, tokens[i].start(), tokens[i + length - 1].end()))
                after = i + length
        return found

    def _match_at(self, text: str, tokens: list[re.Match[str]], norms: list[str], i: int) -> tuple[int, str] | None:
        candidates = self._candidates.get(norms[i])
        if candidates is None:  # once per distinct word: most words start no alias at all
            candidates = tuple(alias for first in variants(norms[i]) for alias in self._index.get(first, ()))
            self._candidates[norms[i]] = candidates
            if not candidates:
                self._starts_none.add(norms[i])
        for alias in candidates:
            n = len(alias.tokens)
            if i + n > len(tokens) or list(alias.tokens[1:]) != norms[i + 1 : i + n]:
                continue
            if alias.exact and tokens[i].group() != alias.exact[0]:
                continue
            gaps = (text[tokens[k].end() : tokens[k + 1].start()] for k in range(i, i + n - 1))
            if all(JOINER.fullmatch(g) for g in gaps):
                return n, alias.actor
        return None

    def outlet_for(self, *hints: str | None) -> Outlet | None:
        """The registry outlet named by any hint (a name, alias or web domain)."""
        for hint in hints:
            if not hint:
                continue
            key = normalise(hint).strip()
            host = key.removeprefix("www.")
            for outlet in self.outlets.values():
                names = [outlet.name, *outlet.aliases]
                if key in (normalise(n) for n in names) or any(host == d or host.endswith("." + d) for d in outlet.domains):
                    return outlet
        return None
