"""Skip a regular expression on a text it cannot match, by the words every match of it holds.

Python's `re` finds no quick way into a case-insensitive pattern that starts with a lookbehind, so it tries
such a pattern at every position of every sentence; the date grammar has some 50 of them a language, and most
sentences hold none of the words they need ("yesterday", "ago", a month's name). `needed` reads those words
once from the pattern's parse; `may_match` then asks `str` whether the text holds one, which costs far less.
It never skips a pattern that could match: it answers "maybe" whenever it cannot tell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants as sre  # the parse tree's opcodes: `re` offers no public parse
from re import _parser

REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@dataclass(frozen=True)
class Needs:
    """Strings, written as `comparable` writes text, one of which every match of a pattern contains."""

    words: tuple[str, ...]  # none holds another: "jan" stands for "january" too
    ascii: tuple[str, ...]  # those an ASCII text can hold


def needed(pattern: re.Pattern[str]) -> Needs | None:
    """What every match of the pattern contains; None when its parse tells nothing (any text may match)."""
    found = [comparable(word) for word in _needed(_parser.parse(pattern.pattern, pattern.flags)) or ()]
    if not found or None in found:
        return None
    words = sorted({w for w in found if w is not None}, key=lambda word: (len(word), word))
    words = [w for n, w in enumerate(words) if not any(shorter in w for shorter in words[:n])]
    return Needs(tuple(words), tuple(w for w in words if w.isascii()))


def _needed(items: _parser.SubPattern | list) -> frozenset[str] | None:
    """Of the sets of strings a sequence's every match contains one of, the set whose shortest string is
    longest (the rarest to find); None when it has none."""
    options: list[frozenset[str]] = []
    run: list[str] = []  # consecutive literal characters
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        inner = _inner(op, arg)
        if inner:
            options.append(inner)
    return max(options, key=lambda option: min(map(len, option)), default=None)


def _inner(op: object, arg: object) -> frozenset[str] | None:
    """What a group, a repeat or an alternation needs: lookarounds, classes and optional parts need nothing."""
    if op is sre.SUBPATTERN:
        return _needed(arg[3])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _needed(arg)  # type: ignore[arg-type]
    if op in REPEATS and arg[0] >= 1:  # type: ignore[index]
        return _needed(arg[2])  # type: ignore[index]
    if op is sre.BRANCH:
        each = [_needed(branch) for branch in arg[1]]  # type: ignore[index]
        return None if any(e is None for e in each) else frozenset().union(*each)  # type: ignore[arg-type]
    return None


def comparable(text: str) -> str | None:
    """The text with each letter written as one letter of those re's IGNORECASE takes for the same: its lower
    case, or for a lower case that is not its upper case's ("ı", "ſ", a final "ς") that one ("i", "s", "σ").
    None when a letter lower-cases to two ("İ"): the text is then not filtered."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    if lower.isascii():
        return lower
    letters = set(lower)
    if not _SEEN.issuperset(letters):  # each letter is asked `_canonical` once, not once in every text it is in
        for letter in letters - _SEEN:
            if _canonical(letter) != letter:
                _ODD[letter] = _canonical(letter)
        _SEEN.update(letters)
    odd = {c: _ODD[c] for c in letters.intersection(_ODD)}
    return lower.translate(str.maketrans(odd)) if odd else lower


# the letters `comparable` has met, and of them those written otherwise (`_canonical`): a few dozen a language
_SEEN: set[str] = set()
_ODD: dict[str, str] = {}


@cache
def _canonical(letter: str) -> str:
    """The lower case of a lower-case letter's upper case: one for all the letters IGNORECASE takes as one."""
    upper = letter.upper()
    one = upper.lower()
    return one if len(upper) == len(one) == 1 else letter


@dataclass(frozen=True)
class Search:
    """Strings to find in texts, in an order that spares a search: a string that holds another of them is looked
    for only in a text that holds that one ("january" where "jan" is)."""

    first: tuple[str, ...]  # the strings that hold none of the others
    then: tuple[tuple[str, str], ...]  # each other string, shorter first, with the longest of the others it holds


def search_for(strings: tuple[str, ...]) -> Search:
    """The order to look for `strings` in."""
    inside = {s: [o for o in strings if o != s and o in s] for s in strings}
    then = sorted((s for s in strings if inside[s]), key=lambda s: (len(s), s))
    return Search(tuple(s for s in strings if not inside[s]), tuple((s, max(inside[s], key=lambda o: (len(o), o))) for s in then))


def held_in(search: Search, text: str) -> frozenset[str]:
    """The strings of `search` that `text` holds: those `text.__contains__` lets through, with fewer searches."""
    found = set(filter(text.__contains__, search.first))
    for string, shorter in search.then:  # the shorter string before: it was looked for already
        if shorter in found and string in text:
            found.add(string)
    return frozenset(found)


def may_match(needs: Needs | None, text: str | None) -> bool:
    """Whether a pattern that needs `needs` may match a text (`comparable` of it): False only when it cannot."""
    if needs is None or text is None:
        return True
    return any(map(text.__contains__, needs.ascii if text.isascii() else needs.words))
