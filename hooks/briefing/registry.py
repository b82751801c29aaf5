"""The editors' registries (actors and outlets) and the name matching built on them.

Matching is token based and language aware: Arabic text is normalised (alef and hamza forms,
taa marbuta, alef maqsura, tatweel, diacritics) and attached prefixes (و ف ب ل ك ال) are tried
off the first word of a name, so "والناتو" finds the alias "الناتو".
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

import yaml

from . import safeyaml
from .errors import Problem, SourceError
from .registry_schema import check_entry
from .scripts import ARABIC_FOLD, ARABIC_MARKS, CYRILLIC, MARKS, NAME_DOTS, UNSPACED_SCRIPTS, own_letters

KINDS = ("state", "organisation", "person", "place")
AFFILIATIONS = ("state-affiliated", "press-release", "independent", "public-service", "commercial", "aggregator", "unknown")


TOKEN = re.compile(rf"\w[\w{MARKS}]*")  # a word: its letters and the marks written on them
# Words of a text, a run of Chinese or Japanese characters apart from Latin letters glued to it ("美國CNN")
CJK = r"\u3040-\u30ff\u3400-\u9fff"
CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x9FFF))  # the same ranges, as numbers


def _outside(ranges: str, cut: tuple[tuple[int, int], ...]) -> str:
    """A character class's ranges ("\\u0300-\\u036f…") without the code points of `cut`."""
    kept = []
    for a, b in ((int(x, 16), int(y, 16)) for x, y in re.findall(r"\\u([0-9a-f]{4})-\\u([0-9a-f]{4})", ranges)):
        for low, high in cut:
            if a <= high and low <= b:  # the part below the cut and the part above it stay
                if a < low:
                    kept.append((a, low - 1))
                a = high + 1
        if a <= b:
            kept.append((a, b))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in kept)


# A word's letters, then its letters and marks, none of them Chinese or Japanese: one character class each, not a
# lookahead before every character (the same words as "(?![CJK])\w(?:(?![CJK])[\w marks])*", a third faster); each
# class repeated inside the group, so `re` runs along a word's letters in one loop, not one alternation a character
# (the same longest run, a third faster again; possessive: nothing after it can make it give back)
TEXT_TOKEN = re.compile(rf"[{CJK}]+|[^\W{CJK}](?:[^\W{CJK}]+|[{_outside(MARKS, CJK_RANGES)}]+)*+")
# between the words of a name: spaces, a hyphen or an en dash ("Zimbabwe African National Union – Patriotic Front"),
# a dot, an apostrophe or Persian's zero-width non-joiner ("بی‌بی‌سی" for "بی بی سی"); or the bracket of CLDR's "刚果（金）"
JOINER = re.compile(r"[\s\-–.'’\u200c]{0,3}|[（(]")
OPENED = re.compile(r"[（(]")
# Russian and Ukrainian decline names ("Россия", "России", "Россией"): a Cyrillic word is compared without
# its case ending, the longest that leaves a stem of three letters or more.
_ENDINGS = "ами ями ого его ому ему ыми ими ым им ой ей ом ем ам ям ах ях ую юю ая яя ое ее ые ие ых их ий ый ов ев ою ею "
_ENDINGS += "єю ій ів єм"  # Ukrainian: "Францією", "Грецією", "Китаєм"
_ENDINGS += " ої"  # Ukrainian feminine adjectives' genitive, dative and locative: "іракської армії"
CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєйь")  # with the soft sign and short i: a stem ending in none ends in a consonant
CYRILLIC_ENDINGS = sorted([*_ENDINGS.split(), *"аыиуюеойьіїєя"], key=len, reverse=True)
CASED_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
HAMZA = re.compile(r"[أإآؤئء]")
GLUE = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}  # what may stand before a name glued to another
# Case endings a name's first word takes in a language, tried off when no name starts with the word as written:
# German genitive and dative ("Chinas", "Russlands", "den Vereinten Nationen"); Turkish case endings glued with no
# apostrophe ("Almanyanın", "Rusyaya", "Fransada"): genitive, dative, accusative, locative, ablative and instrumental
# after a vowel or a consonant, in each vowel harmony (Turkish grammar; Göksel & Kerslake, Turkish: A Comprehensive
# Grammar, ch. 14)
CASE_ENDINGS = {
    "de": ("es", "s", "n"),
    "tr": (
        *("nın", "nin", "nun", "nün", "ın", "in", "un", "ün"),
        *("ya", "ye", "a", "e", "yı", "yi", "yu", "yü", "ı", "i", "u", "ü"),
        *("da", "de", "ta", "te", "dan", "den", "tan", "ten", "yla", "yle"),
    ),
}
# Chinese and Japanese, and the scripts of South-East Asia that write no space between words either (Thai, Lao,
# Burmese, Khmer): names are found inside runs
UNSPACED = re.compile(rf"[{CJK}{UNSPACED_SCRIPTS}]")
NAME_JOINER = f"[{NAME_DOTS}-]"  # between an unspaced name's parts


def fold(text: str) -> str:
    """Fold a word or a text for matching: case, compatibility forms, Arabic spelling variants, a Latin letter
    typed in a Cyrillic word for its own of the same shape (`scripts.own_letters`), and a Cyrillic ending at its
    end. Not cached: for a whole line or sentence, folded once (`normalise` is for words)."""
    text = ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", own_letters(text)).lower()).translate(ARABIC_FOLD)
    if text and "\u0400" <= text[-1] <= "\u04ff":
        for ending in CYRILLIC_ENDINGS:
            if text.endswith(ending) and len(text) - len(ending) >= 3:
                return text[: -len(ending)]
    return text


# called for every token of every source; the vocabulary is small (whole lines filled it: 29,000 entries held 25 MB
# of a preview's memory at 1,000 sources)
normalise = lru_cache(maxsize=1 << 16)(fold)


@lru_cache(maxsize=1)
def _loose_table() -> dict[int, int | None]:
    """Marks of every script (and tatweel) removed, Arabic spelling variants folded: `str.translate` in one pass."""
    table: dict[int, int | None] = {c: None for c in range(0x30000) if unicodedata.category(chr(c)).startswith("M")}
    table.update({ord(c): None for c in "\u0640\u06dd\u06de\u06e5\u06e6\u06e9"})
    table.update(ARABIC_FOLD)
    return table


def loose(text: str) -> str:
    """A text folded so that every name `find` can match in it is a substring of it: a word's folded form, its
    Cyrillic stem, its Arabic variants, a name glued to other words are all parts of the word's loose form.
    Folding goes character by character (decomposed, case folded, marks removed, Arabic spelling), never across
    words, so what holds for a word holds for the text. A name found here may still not match."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", own_letters(text)).casefold())
    return decomposed.translate(_loose_table())


def loose_parts(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a name's tokens that must stand in the loose text for it to match: a first word's article may
    have been read off "لل" ("للناتو" is ل + الناتو), so a leading alef is not required."""
    parts = tuple(loose(t) for t in tokens)
    return tuple(p[1:] if p.startswith("ا") and len(p) > 1 else p for p in parts)


@lru_cache(maxsize=1 << 16)
def _lookup_keys(word: str) -> tuple[str, str]:
    """A word's normal form, and the key an index looks it up by: Cyrillic stems come from the word as written
    ("кит." and "Китая" fold alike but only one is China)."""
    norm = normalise(word)
    return norm, own_letters(word).lower() if CYRILLIC.match(word) else norm


@lru_cache(maxsize=1 << 16)
def cyrillic_stems(word: str) -> set[str]:
    """Every stem a Cyrillic word may have: "Китая" is "Кита" + "я" as well as "Кит" + "ая"."""
    word = own_letters(word).lower().replace("ё", "е")
    if not word or not "\u0400" <= word[-1] <= "\u04ff":
        return set()
    return {word[: -len(e)] for e in CYRILLIC_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3}


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
    origin: str = "registry"  # "registry" (the briefing's file), "base" (the package's knowledge) or "detected"

    @property
    def path(self) -> str:
        return f"actors/{self.id}/"

    @property
    def detected(self) -> bool:
        return self.origin == "detected"

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
    source: str | None = None  # base outlets: the public page their ownership and affiliation come from


Entry = TypeVar("Entry", Actor, Outlet)


@dataclass(frozen=True)
class Match:
    actor: str
    start: int
    end: int
    adjective: bool = False  # a base adjective ("Ukrainian grain"): context for names beside it, no mention
    paired: bool = False  # a Chinese short form its pair's word placed ("中日两国"): no place's name around it


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]
    exact: tuple[str, ...] | None  # acronyms ("US", "NATO") must match letter case too
    actor: str
    capital: bool = False  # base names written with a capital match only capitalised ("Chad", not "chad")
    adjective: bool = False
    inside: bool = False  # a name that is also a word opening a sentence ("Того же …"): the actor only inside one
    written: tuple[str, ...] = field(default=(), compare=False)  # the words as written, in lower case, not folded


def _alias(alias: str, actor: str, capital: bool, adjective: bool = False, inside: bool = False) -> _Alias | None:
    raw = TOKEN.findall(alias)
    if not raw:
        return None
    acronym = len(raw) == 1 and raw[0].isupper() and len(raw[0]) <= 5
    capital = capital and alias[:1].isupper() and bool(CASED_SCRIPT.match(alias))
    written = tuple(unicodedata.normalize("NFKC", t).lower() for t in raw)
    tokens = tuple(normalise(t) for t in raw)
    return _Alias(tokens, tuple(raw) if acronym else None, actor, capital, adjective, written=written, inside=inside)


class _Index:
    """The aliases of one registry in one language, by the normalised word each starts with."""

    def __init__(self, aliases: list[_Alias], endings: tuple[str, ...] = ()) -> None:
        self.endings = endings
        by_first: dict[str, list[_Alias]] = defaultdict(list)
        for entry in aliases:
            by_first[entry.tokens[0]].append(entry)
        for entries in by_first.values():
            entries.sort(key=lambda a: -len(a.tokens))
        self.by_first = dict(by_first)
        self.candidates: dict[str, tuple[_Alias, ...]] = {}  # word -> aliases it may start (clitics tried off)
        # word -> its candidates of one word, and by each second word the candidates that word may go on with (with
        # those of one word, in the candidates' order): a word's candidates are tried only against its next word's
        self.by_second: dict[str, tuple[tuple[_Alias, ...], dict[str, tuple[_Alias, ...]]]] = {}
        self.starts_none: set[str] = set()
        self.glued_parts: dict[str, list[tuple[int, int, _Alias]] | None] = {}  # split_glued's, by word
        # Arabic names as one string, to read words glued together in scraped text ("الأممالمتحدةوتركيا")
        glued: dict[str, list[_Alias]] = defaultdict(list)
        for entry in aliases:
            joined = "".join(entry.tokens)
            if ARABIC_LETTER.match(joined) and len(joined) >= 4 and not entry.adjective:
                glued[joined[0]].append(entry)
        self.glued = {first: sorted(entries, key=lambda a: -len("".join(a.tokens))) for first, entries in glued.items()}
        # a name of unspaced words, whole: one word, or several a middle dot or a hyphen joins ("弗拉基米尔·泽连斯基"),
        # with any of the dots typed for it (as words it is never found: unspaced text is one word)
        unspaced = {" ".join(a.tokens): a.actor for a in aliases if all(UNSPACED.search(t) for t in a.tokens)}
        self.unspaced_actor = unspaced
        pattern = "|".join(NAME_JOINER.join(map(re.escape, n.split(" "))) for n in sorted(unspaced, key=len, reverse=True))
        self.unspaced = re.compile(pattern) if unspaced else None

    def split_glued(self, word: str) -> list[tuple[int, int, _Alias]] | None:
        """A word that is wholly names joined together, each perhaps after a conjunction or preposition
        ("الأممالمتحدةوتركيا" is "الأمم المتحدة" + "و" + "تركيا", "لدى الأممالمتحدة" one name): (start, end, alias)
        of each, or None. Worked out once per word: long Arabic words recur in every source."""
        if word not in self.glued_parts:
            self.glued_parts[word] = self._split_glued(word)
        return self.glued_parts[word]

    def _split_glued(self, word: str) -> list[tuple[int, int, _Alias]] | None:
        parts, at = [], 0
        while at < len(word):
            for skip in (0, 1, 2):  # و ف ب ل ك, or two of them ("وب", "ول")
                start = at + skip
                if skip and word[at:start] not in GLUE:
                    continue
                hit = next(
                    (a for a in self.glued.get(word[start : start + 1], ()) if word.startswith("".join(a.tokens), start)), None
                )
                if hit:
                    at = start + len("".join(hit.tokens))
                    parts.append((start, at, hit))
                    break
            else:
                return None
        # one name alone counts when its words lost their space ("الأممالمتحدة"), not a one-word name in a longer word
        return parts if len(parts) >= 2 or (parts and len(parts[0][2].tokens) >= 2) else None

    def match_at(self, text: str, tokens: list[re.Match[str]], norms: list[str], i: int, cache: str) -> tuple[int, _Alias] | None:
        """The longest alias starting at token `i`, whose lookup key (_lookup_keys) is `cache`."""
        key = norms[i]
        candidates = self.candidates.get(cache)
        if candidates is None:  # once per distinct word: most words start no alias at all
            stems = cyrillic_stems(tokens[i].group())
            # a stem ending in a consonant is a nominative with no ending, folded as the registry folds its names:
            # "Вьетнама" is "Вьетнам" and an "а", and "Вьетнам" folds to "вьетн" (as if "-ам" were a case ending)
            firsts = variants(key) | stems | {normalise(stem) for stem in stems if stem[-1] not in CYRILLIC_VOWELS}
            if not any(first in self.by_first for first in firsts):  # "Chinas": China
                firsts |= {key[: -len(e)] for e in self.endings if key.endswith(e) and len(key) - len(e) >= 4}
            found = dict.fromkeys(alias for first in sorted(firsts) for alias in self.by_first.get(first, ()))
            candidates = tuple(sorted(found, key=lambda a: -len(a.tokens)))  # longest first, whatever the set's order
            self.candidates[cache] = candidates
            self.by_second[cache] = _by_second(candidates)
            # a long word may still be names glued together; one that is not starts nothing either
            if not candidates and (not (self.glued and len(key) >= 8) or self.split_glued(key) is None):
                self.starts_none.add(cache)
        singles, seconds = self.by_second[cache]
        # the second word first: most candidates part there, before their words are listed
        for alias in seconds.get(norms[i + 1], singles) if i + 1 < len(norms) else singles:
            n = len(alias.tokens)
            if i + n > len(tokens) or list(alias.tokens[2:]) != norms[i + 2 : i + n]:
                continue
            if not _written_as(alias, tokens[i].group()) or (alias.inside and not inside_sentence_at(text, tokens[i].start())):
                continue
            gaps = (text[tokens[k].end() : tokens[k + 1].start()] for k in range(i, i + n - 1))
            if all(JOINER.fullmatch(g) for g in gaps):
                return n, alias
        return None


def _by_second(candidates: tuple[_Alias, ...]) -> tuple[tuple[_Alias, ...], dict[str, tuple[_Alias, ...]]]:
    """A word's candidates of one word, and for each second word a longer candidate has, the candidates with that
    second word or none, in the order of `candidates` (longest first)."""
    singles = tuple(a for a in candidates if len(a.tokens) == 1)
    seconds = {a.tokens[1] for a in candidates if len(a.tokens) > 1}
    return singles, {s: tuple(a for a in candidates if len(a.tokens) == 1 or a.tokens[1] == s) for s in seconds}


OPENING_MARKS = frozenset(' \u00a0«"“„(')  # what may stand between a sentence's end and its first word


def inside_sentence_at(text: str, start: int) -> bool:
    """The word at `start` is not a sentence's first word: something stands before it, and no sentence's end."""
    k = start  # walked back, not sliced: a paragraph may be a megabyte long and this is asked of many words
    while k > 0 and text[k - 1] in OPENING_MARKS:
        k -= 1
    return k > 0 and text[k - 1] not in ".!?…\n:"


def _written_as(alias: _Alias, word: str) -> bool:
    """The word as written may be the alias's first: an acronym in its letter case, a capitalised name capitalised,
    and a name of three Arabic letters no word written with a hamza ("وأم", and a mother, is not "وام", WAM)."""
    if alias.exact and word != alias.exact[0]:
        return False
    if alias.capital and not word[:1].isupper():
        return False
    short = len(alias.tokens) == 1 and len(alias.tokens[0]) <= 3 and bool(ARABIC_LETTER.match(alias.tokens[0]))
    return not (short and HAMZA.search(word))


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


def _overlapped(
    index: _Index,
    text: str,
    tokens: list[re.Match[str]],
    norms: list[str],
    keys: list[tuple[str, str]],
    i: int,
    length: int,
    actor: str,
) -> int:
    """The length of a match at token `i` grown by the same actor's aliases that start inside it and end past it:
    "الشيخ تميم" and "تميم بن حمد آل ثاني" are one mention, not a name and a remainder to detect."""
    j = i + 1
    while j < i + length:
        longer = index.match_at(text, tokens, norms, j, keys[j][1]) if keys[j][1] not in index.starts_none else None
        if longer and longer[1].actor == actor and j + longer[0] > i + length:
            length = j + longer[0] - i
        j += 1
    return length


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
    actors, problems = _load_entries(path, rel, "actor", actor_from_entry)
    for actor in actors.values():
        if actor.stands_for and actor.stands_for not in actors and actor.stands_for not in base_actors():
            problems.append(Problem(rel, f"actor '{actor.id}' stands_for unknown actor '{actor.stands_for}'", actor.line))
    problems += _overlapping_aliases(actors, rel)
    return actors, problems


def actor_from_entry(entry: Any, origin: str = "registry") -> Actor:
    """One actor from a registry entry (a mapping as registry/actors.yaml writes it); ValueError says what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError("each actor must be a mapping")
    actor_id = _require(entry, "id")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor_id):
        raise ValueError(f"id '{actor_id}' must be lower-case letters, digits and hyphens")
    kind = _require(entry, "kind")
    if kind not in KINDS:
        raise ValueError(f"kind '{kind}' must be one of {', '.join(KINDS)}")
    stands = entry.get("stands_for") or {}
    return Actor(
        id=actor_id,
        name=_require(entry, "name"),
        kind=kind,
        aliases=_aliases(entry.get("aliases")),
        roles=tuple(_role(r) for r in entry.get("roles") or []),
        stands_for=stands.get("actor"),
        except_after=tuple(str(w) for w in stands.get("except_after") or []),
        line=entry.get("__line__") or 0,
        origin=origin,
    )


@lru_cache(maxsize=1)
def base_actors() -> dict[str, Actor]:
    """The package's knowledge of states, organisations and capitals (knowledge.py), by id."""
    from .knowledge import base_entries

    return {a.id: a for a in (actor_from_entry(entry, "base") for entry in base_entries()[0])}


@lru_cache(maxsize=1)
def base_outlets() -> dict[str, Outlet]:
    from .knowledge import base_entries

    return {o.id: o for o in (outlet_from_entry(entry) for entry in base_entries()[1])}


def with_base(actors: dict[str, Actor], outlets: dict[str, Outlet]) -> tuple[dict[str, Actor], dict[str, Outlet]]:
    """The base knowledge extended and overridden by a briefing's registries (the same id wins)."""
    return {**base_actors(), **actors}, {**base_outlets(), **outlets}


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
    """Outlets by id, and the problems found (each with its line)."""
    return _load_entries(path, rel, "outlet", outlet_from_entry)


def _load_entries(path: Path, rel: str, kind: str, make: Callable[[Any], Entry]) -> tuple[dict[str, Entry], list[Problem]]:
    """The entries of one registry file by id, each checked against the schema of its kind; a bad entry is a
    problem at its line and the others still load."""
    entries: dict[str, Entry] = {}
    problems: list[Problem] = []
    for raw in _read_entries(path, rel, f"{kind}s"):
        line = raw.get("__line__") if isinstance(raw, dict) else None
        try:
            if isinstance(raw, dict):
                check_entry(raw, kind)
            entry = make(raw)
            if entry.id in entries:
                raise ValueError(f"duplicate id '{entry.id}' (first at line {entries[entry.id].line})")
            entries[entry.id] = entry
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            problems.append(Problem(rel, f"{kind} entry: {exc}", line))
    return entries, problems


def outlet_from_entry(entry: Any) -> Outlet:
    if not isinstance(entry, dict):
        raise ValueError("each outlet must be a mapping")
    affiliation = entry.get("affiliation") or "unknown"
    if affiliation not in AFFILIATIONS:
        raise ValueError(f"affiliation '{affiliation}' must be one of {', '.join(AFFILIATIONS)}")
    return Outlet(
        id=_require(entry, "id"),
        name=_require(entry, "name"),
        aliases=tuple(str(a) for a in entry.get("aliases") or []),
        domains=tuple(str(d).lower() for d in entry.get("domains") or []),
        country=entry.get("country"),
        ownership=entry.get("ownership"),
        affiliation=affiliation,
        state=entry.get("state"),
        line=entry.get("__line__") or 0,
        source=entry.get("source"),
    )


def _language_key(language: str | None) -> str | None:
    return language.split("-")[0].lower() if language else None


@dataclass
class Registry:
    actors: dict[str, Actor]
    outlets: dict[str, Outlet]
    digest: str = ""  # hash of both files, part of the extraction cache key
    # Per language (None: the briefing's own names only): the aliases each first word may start, what was
    # looked up of them, and the words known to start none. Made when first needed, never pickled.
    _indexes: dict[str | None, _Index] = field(default_factory=dict, repr=False)
    _made: dict[str, Any] = field(default_factory=dict, repr=False)  # other things made of it once (credits.py)

    def __getstate__(self) -> dict[str, Any]:
        return {"actors": self.actors, "outlets": self.outlets, "digest": self.digest, "_indexes": {}, "_made": {}}

    def names_by_spelling(self, language: str | None) -> dict[str, tuple[_Alias, ...]]:
        """The names `find` reads in a text of this language, by their words joined (what a name glued to others
        is found by), each group in the order `find` tries them: two registries with equal groups for a
        spelling find the same there."""
        language = _language_key(language)
        made = self._made.setdefault("by_spelling", {})
        if language not in made:
            groups: dict[str, list[_Alias]] = defaultdict(list)
            for entry in self._aliases(language):
                groups["".join(entry.tokens)].append(entry)
            made[language] = {spelling: tuple(entries) for spelling, entries in groups.items()}
        return made[language]

    def _index(self, language: str | None) -> _Index:
        language = _language_key(language)
        index = self._indexes.get(language)
        if index is None:
            index = self._indexes[language] = _Index(self._aliases(language), CASE_ENDINGS.get(language or "", ()))
        return index

    def _aliases(self, language: str | None) -> list[_Alias]:
        """Every name of a briefing's actor (any language, as written in its registry), then the base
        knowledge's names in `language` that no briefing's actor already has."""
        found = self._own_aliases()
        if language is None:
            return found
        owned = {entry.tokens for entry in found}
        seen: set[tuple[tuple[str, ...], tuple[str, ...] | None, bool, bool] | None] = set()
        from .knowledge import adjectives_in, base_names, inside_sentence_names, people_names

        inside = {normalise(n) for n in inside_sentence_names(language)}
        written_alike = {a.id: list(a.aliases["und"]) for a in self.actors.values() if a.origin == "base" and "und" in a.aliases}
        yielded = self._listed_again(people_names(language), found)
        tables = (base_names(language), people_names(language), written_alike)
        for adjective, table in (*((False, t) for t in tables), (True, adjectives_in(language))):
            for actor_id, names in table.items():
                actor = self.actors.get(actor_id)
                if actor is None or actor.origin == "detected" or actor_id in yielded:
                    continue
                for alias in names:
                    entry = _alias(alias, actor_id, capital=True, adjective=adjective, inside=normalise(alias) in inside)
                    # the briefing's names win; among the base's, "ONU" (capitals only) and "Onu" are two names, and
                    # so are a state's "Росія" (capitalised only) and "росія" (as Ukrainian media write it: any case),
                    # and a name and an adjective written alike ("Ucraina", "la marina ucraina")
                    capital = entry.capital or adjective or actor.kind != "state"
                    key = (entry.tokens, entry.exact, capital, adjective) if entry else None
                    if entry and entry.tokens not in owned and key not in seen:
                        found.append(entry)
                        seen.add(key)
        return found

    def _listed_again(self, people: dict[str, list[str]], own: list[_Alias]) -> set[str]:
        """The base knowledge's people the briefing's registry lists under an id of its own (one of their names is
        a registry person's): the briefing's entry is that person, so the base one yields all its names."""
        listed = {
            entry.tokens
            for entry in own
            if (actor := self.actors.get(entry.actor)) is not None and actor.kind == "person" and actor.origin == "registry"
        }
        return {
            person
            for person, names in people.items()
            if (actor := self.actors.get(person)) is not None
            and actor.origin == "base"
            and any((entry := _alias(name, person, capital=True)) and entry.tokens in listed for name in names)
        }

    def _own_aliases(self) -> list[_Alias]:
        """Every name of the registries' and the detected actors' (not the base knowledge's), in any language."""
        found: list[_Alias] = []
        for actor in self.actors.values():
            if actor.origin == "base":
                continue
            for alias in set(actor.all_aliases()):
                entry = _alias(alias, actor.id, capital=False)
                if entry:
                    found.append(entry)
        return found

    def find(self, text: str, language: str | None = None) -> list[Match]:
        """Registry names in `text`, longest first, without overlaps; with a language, the base knowledge's
        names in that language too."""
        index = self._index(language)
        found = self._find_tokens(text, index)
        if index.unspaced is not None and UNSPACED.search(text):
            for m in index.unspaced.finditer(text):
                overlapped = [f for f in found if f.start < m.end() and m.start() < f.end]
                # a longer unspaced name wins over the words inside it ("法塔赫" of "阿卜杜勒-法塔赫·塞西")
                if all(m.start() <= f.start and f.end <= m.end() for f in overlapped):
                    found = [f for f in found if f not in overlapped]
                    found.append(Match(index.unspaced_actor[re.sub(NAME_JOINER, " ", m.group())], m.start(), m.end()))
            found.sort(key=lambda m: m.start)
        return found

    def _find_tokens(self, text: str, index: _Index) -> list[Match]:
        tokens = list(TEXT_TOKEN.finditer(text))
        looked_up = list(map(_lookup_keys, map(re.Match.group, tokens)))
        norms = list(map(itemgetter(0), looked_up))  # in C, not a comprehension's loop: called for every paragraph
        found: list[Match] = []
        after = 0  # the first token not inside a name found
        # Most words start no alias: one pass over the words leaves those out, instead of a call for each.
        starts_none = index.starts_none
        for i in [i for i, (_, key) in enumerate(looked_up) if key not in starts_none]:
            if i < after:
                continue
            best = index.match_at(text, tokens, norms, i, looked_up[i][1])
            if best:
                length, alias = best
                length = _overlapped(index, text, tokens, norms, looked_up, i, length, alias.actor)
                start, end = tokens[i].start(), tokens[i + length - 1].end()
                end += text[end : end + 1] in ")）" and bool(OPENED.search(text, start, end))  # "刚果（金）" whole
                found.append(Match(alias.actor, start, end, alias.adjective))
                after = i + length
            elif index.glued and len(norms[i]) >= 8 and len(norms[i]) == len(tokens[i].group()):
                for start, end, alias in index.split_glued(norms[i]) or ():
                    found.append(Match(alias.actor, tokens[i].start() + start, tokens[i].start() + end, alias.adjective))
        return found

    def with_actors(self, extra: dict[str, Actor]) -> Registry:
        """This registry and more actors (detected ones): a new registry, this one unchanged."""
        return Registry({**self.actors, **extra}, self.outlets, self.digest)

    def outlet_for(self, *hints: str | None) -> Outlet | None:
        """The registry outlet named by any hint (a name, alias or web domain)."""
        for hint in hints:
            if not hint:
                continue
            for outlet in self.outlets.values():
                if outlet_named(outlet, hint):
                    return outlet
        return None


def outlet_named(outlet: Outlet, hint: str) -> bool:
    """Whether a hint (a name, alias or web domain) names the outlet."""
    key = normalise(hint).strip()
    host = key.removeprefix("www.")
    return key in (normalise(n) for n in (outlet.name, *outlet.aliases)) or any(
        host == d or host.endswith("." + d) for d in outlet.domains
    )
