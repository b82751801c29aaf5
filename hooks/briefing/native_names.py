"""Chinese names written in their own characters ("黄坤明", "王毅"): a common family name and one or two characters
of the given name, read only where the text's own forms say a person stands there, as its data lists them
(data/detect/names/<language>.yaml, beside the language's data/detect/<language>.yaml):

- right after an office, a title or a role ("省委书记黄坤明", "副省长王伟中", "被告陈某某为");
- opening a clause right before a verb of speech or of a person's action ("王毅表示", "，毛宁说");
- joined by "、", "和", "与" or "及" to a person found so ("叶光富、李聪、李广苏3名航天员").

The name ends where a word that follows names starts: a verb, an adverbial ("两度", "均"), a word that follows a
name (`after_names`: "说", "在", "的"), a title, or a character not Han; a name that runs on past two given
characters is none ("林郑月娥签署": its end is unsure). Words that open with a family name's character ("王国",
"周一", "林业", "金融") are not names (`not_names`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import safeyaml
from .knowledge import city_names, language_file
from .scripts import HAN

NAMES = Path(__file__).parent / "data" / "detect" / "names"
# the characters that open a clause: the text's start, punctuation, a quotation's end, a space
CLAUSE_OPENERS = "。，,；;：:！？!?」”）)\n\t 、"
LIST_MARK = "、"  # the enumeration comma between the items of a list
DOTS = "·‧・･•∙⋅.-"  # between a transliterated name's parts ("叶海亚·萨雷亚"): no native name beside them


@dataclass(frozen=True)
class NameWords:
    """A language's words for native names: its data/detect file's lists and those of data/detect/names."""

    surnames: frozenset[str]
    titles: frozenset[str]
    title_sizes: tuple[int, ...]
    verbs: tuple[str, ...]
    adverbials: tuple[str, ...]
    followers: tuple[str, ...]
    after_names: frozenset[str]
    not_names: frozenset[str]
    not_given: frozenset[str]
    not_last: frozenset[str]
    joiners: tuple[str, ...]
    openers: tuple[str, ...]
    credits: frozenset[str]
    places: tuple[str, ...]


@cache
def name_words(language: str) -> NameWords | None:
    """The words of `language` for native names; None for a language with no file under data/detect/names."""
    code = language.split("-")[0].lower()
    path = NAMES / f"{code}.yaml"
    if not code.isalpha() or not path.exists():
        return None
    own, base = safeyaml.shipped(path) or {}, language_file(code) or {}

    def words(data: dict, *keys: str) -> list[str]:
        return [str(w) for key in keys for w in data.get(key) or []]

    def longest_first(values: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(values), key=len, reverse=True))

    verbs = words(base, "subject_verbs", "subject_action_verbs") + words(own, "verbs")
    titles = words(base, "titles") + words(own, "titles")
    adverbials = words(base, "subject_adverbials") + words(own, "adverbials")
    return NameWords(
        surnames=frozenset(str(base.get("native_surnames") or "") + str(own.get("surnames") or "")),
        titles=frozenset(titles),
        title_sizes=tuple(sorted({len(t) for t in titles})),
        verbs=longest_first(verbs),
        adverbials=longest_first(adverbials),
        followers=longest_first(verbs + adverbials + titles + words(base, "titles_after_surnames") + words(own, "followers")),
        after_names=frozenset(str(base.get("after_names") or "")),
        not_names=frozenset(words(base, "not_names") + words(own, "not_names")),
        not_given=frozenset(str(own.get("not_given") or "")),
        not_last=frozenset(str(own.get("not_last") or "")),
        joiners=longest_first(words(own, "joiners")),
        openers=longest_first(words(own, "openers")),
        credits=frozenset(words(own, "followers")),
        places=longest_first(words(base, "place_suffixes")),
    )


def name_end(text: str, at: int, nw: NameWords) -> int:
    """Where a native name that opens at `at` ends: a family name, then one or two characters up to a word that
    follows names (`_follows_name`); `at` where none stands there."""
    if at >= len(text) or text[at] not in nw.surnames or (at > 0 and text[at - 1] in DOTS):
        return at
    end = at + 1
    while end < len(text) and end - at <= 3 and not _follows_name(text, end, nw):
        end += 1
    name = text[at:end]
    if not 2 <= len(name) <= 3 or not _follows_name(text, end, nw) or text[end : end + 1] in tuple(DOTS):
        return at  # no given name, or one that runs on (its end is unsure), or a transliteration's first part
    if name in nw.not_names or name[:2] in nw.not_names or (len(name) == 2 and name[1] in nw.not_given):
        return at  # "王国", "周一", "马方" (Malaysia's side)
    if name[-1] in nw.not_last:
        return at  # "彭博社": a body's name
    if name.endswith(nw.places) or name in city_names("zh"):
        return at  # "温州市", a city
    return end


def name_cut(text: str, at: int, stop: int, language: str) -> int:
    """Where a name other rules read from `at` to `stop` ends instead, when a word of two characters or more that
    follows names starts inside it ("教授张三认为": 认为, not 张三认; "部长曾多次表示": 多次): that word's start,
    else `stop`."""
    nw = name_words(language)
    if nw is None:
        return stop
    return next((k for k in range(at + 1, stop) if any(len(f) > 1 or f in nw.credits for f in _starting(text, k, nw))), stop)


def _starting(text: str, at: int, nw: NameWords) -> list[str]:
    """The words that follow names which start at `at`."""
    return [f for f in nw.followers if text.startswith(f, at)] if HAN.match(text[at]) else []


def _follows_name(text: str, at: int, nw: NameWords) -> bool:
    """A name may end before `at`: the text's end, a character not Han, a word that follows a name (`after_names`),
    one that joins names, a verb, an adverbial or a title (`followers`)."""
    if at >= len(text) or not HAN.match(text[at]) or text[at] in nw.after_names:
        return True
    return text.startswith(nw.followers, at) or text.startswith(nw.joiners, at)


def native_people(text: str, language: str, taken: list[tuple[int, int]], known: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of the native names of `text` (in simplified characters) after a title, opening a clause before
    a verb, or joined by a joiner to a person found before (`known`: their names, found wherever the text writes
    them); none over `taken` (what the registry's names and other actors hold) nor over a person found."""
    nw = name_words(language)
    if nw is None or not any(c in nw.surnames for c in text):
        return []
    found = [(at, at + len(name)) for name in known for at in _places(text, name)]
    held = bytearray(len(text) + 1)
    for a, b in [*taken, *found]:  # a name found already is read as found ("叶海亚·萨雷亚")
        held[a:b] = b"\x01" * (b - a)
    spans: dict[int, int] = {}

    def read(at: int) -> int:
        end = name_end(text, at, nw)
        if end > at and held.find(1, at, end) < 0:
            spans.setdefault(at, end)
        return end

    for at in _in_context(text, nw) + [start for start, _ in _lists(text, nw)]:
        read(at)
    # names joined to a person found, wherever the text writes it: "叶光富、李聪、李广苏", "李从和李光肃"
    names = {text[a:b] for a, b in [*found, *spans.items()]}
    for start, end in sorted({(at, at + len(name)) for name in names for at in _places(text, name)}):
        _read_back(text, start, nw, read)
        _read_on(text, end, nw, read)
    return sorted(spans.items())


def _in_context(text: str, nw: NameWords) -> list[int]:
    """Where a native name may open: after a title ("书记黄坤明"), or opening a clause before a verb ("王毅表示")."""
    starts = []
    for at, c in enumerate(text):
        if c not in nw.surnames:
            continue
        if _after_title(text, at, nw):
            starts.append(at)
        elif _opens_clause(text, at, nw):
            end = name_end(text, at, nw)
            if end > at and _verb_after(text, end, nw):
                starts.append(at)
    return starts


def _read_on(text: str, end: int, nw: NameWords, read: Callable[[int], int]) -> None:
    """The names a joiner links after a person's name that ends at `end` ("李从和李光肃")."""
    while True:
        joiner = next((j for j in nw.joiners if text.startswith(j, end)), None)
        if joiner is None:
            return
        at = end + len(joiner)
        end = read(at)
        if end == at:
            return


def _places(text: str, name: str) -> list[int]:
    """Where the text writes `name`."""
    found, at = [], text.find(name)
    while at >= 0 and name:
        found.append(at)
        at = text.find(name, at + len(name))
    return found


def _read_back(text: str, start: int, nw: NameWords, read: Callable[[int], int]) -> None:
    """The names a joiner links before a person's name at `start` ("叶光富、李聪" when 李聪 is found): each of
    two or three characters that a clause, a title or another joiner opens."""
    while True:
        joiner = next((j for j in nw.joiners if text.endswith(j, 0, start)), None)
        if joiner is None:
            return
        stop = start - len(joiner)
        for at in (stop - 3, stop - 2):
            opened = at == 0 or (at > 0 and text[at - 1] in CLAUSE_OPENERS)
            if at >= 0 and (opened or _after_title(text, at, nw)) and name_end(text, at, nw) == stop:
                read(at)
                start = at
                break
        else:
            return


def _lists(text: str, nw: NameWords) -> list[tuple[int, int]]:
    """A clause that opens with three names or more a "、" apart, each a family name and one or two characters
    ("陈某、许某、周某均无罪"): each of them; none where one of them is no name ("苏州、温州、林业")."""
    found = []
    at = text.find(LIST_MARK)
    while at >= 0:
        items = []
        start = next((k for k in (at - 3, at - 2) if k >= 0 and _opens_clause(text, k, nw) and name_end(text, k, nw) == at), -1)
        end = at
        while start >= 0:
            items.append((start, end))
            if not text.startswith(LIST_MARK, end):
                break
            start, end = end + 1, name_end(text, end + 1, nw)
            if end == start:
                items = []
                break
        if len(items) >= 3:
            found += items
        at = text.find(LIST_MARK, max(at, items[-1][1] if items else at) + 1)
    return found


def _after_title(text: str, at: int, nw: NameWords) -> bool:
    """A title, an office or a role ends at `at` ("书记", "副省长")."""
    return any(text[at - size : at] in nw.titles for size in nw.title_sizes if size <= at)


def _opens_clause(text: str, at: int, nw: NameWords) -> bool:
    """A clause opens at `at`: the text's start, punctuation, or a conjunction after it ("，而王毅")."""
    for opener in ("", *nw.openers):
        k = at - len(opener)
        if k >= 0 and text.startswith(opener, k) and (k == 0 or text[k - 1] in CLAUSE_OPENERS):
            return True
    return False


def _verb_after(text: str, at: int, nw: NameWords) -> bool:
    """A verb of speech or action at `at`, after adverbials of time or frequency ("王毅表示", "王毅再次强调")."""
    while True:
        adverbial = next((a for a in nw.adverbials if text.startswith(a, at)), None)
        if adverbial is None:
            return text.startswith(nw.verbs, at)
        at += len(adverbial)
