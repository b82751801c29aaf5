"""The kinds of happening a sentence reports (data/event_kinds.yaml), in every language the lexicon lists.

Across languages two sentences cannot be compared word by word, so the chronology compares what they report: an
explosion, a crash, an arrest. A word matches after the same normalisation as actor names (case, Arabic spelling
and clitics, Russian and Ukrainian case endings); a word ending in `*` matches any ending ("explosion*":
"Explosionen", "explosiones"), for languages that inflect more than a list can hold; a word in Chinese script
matches inside the text, which does not separate words.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import yaml

from .registry import TOKEN, UNSPACED, normalise, variants

KINDS_FILE = Path(__file__).parent / "data" / "event_kinds.yaml"
STEM = "*"
PREFIX_INDEX = 3  # stems are looked up by their first letters


@dataclass(frozen=True)
class Word:
    """One word of a phrase: its normal form, and whether any ending may follow it."""

    text: str
    stem: bool

    def matches(self, forms: Forms) -> bool:
        lowered, normals = forms
        if not self.stem:
            return self.text in normals
        return lowered.startswith(self.text) or any(n.startswith(self.text) for n in normals)


Phrase = tuple[tuple[Word, ...], str]  # the words, the kind


@dataclass(frozen=True)
class Lexicon:
    labels: dict[str, str]
    phrases: dict[str, list[Phrase]]  # a first word's normal form -> phrases starting with it
    stems: dict[str, list[Phrase]]  # a first word's first letters, when it is a stem -> phrases starting with it
    unspaced: tuple[tuple[str, str], ...]  # (Chinese words, kind): found inside the text
    order: tuple[str, ...]
    one_a_day: frozenset[str]  # kinds a story rarely holds twice on one day (see data/event_kinds.yaml)
    starting: dict[str, tuple[Phrase, ...]] = field(default_factory=dict, compare=False)  # token -> phrases it may start

    def starting_with(self, token: str) -> tuple[Phrase, ...]:
        """The phrases whose first word this token is (made once per token: the vocabulary is small)."""
        found = self.starting.get(token)
        if found is None:
            lowered, normals = _forms(token)
            found = tuple(p for form in normals for p in self.phrases.get(form, ()))
            found += tuple(self.stems.get(lowered[:PREFIX_INDEX], ()))
            self.starting[token] = found
        return found


def lexicon(path: Path = KINDS_FILE) -> Lexicon:
    """The kinds of happening, re-read when the file changes under `mkdocs serve`."""
    return _lexicon(path, path.stat().st_mtime_ns)


def _lowered(word: str) -> str:
    return unicodedata.normalize("NFKC", word).lower()


Forms = tuple[str, frozenset[str]]  # a token lowered (for stems), and its normal forms (for whole words)


@lru_cache(maxsize=1 << 16)  # called for every token of every event; the vocabulary is small
def _forms(token: str) -> Forms:
    return _lowered(token), frozenset(variants(normalise(token)))


def _word(token: str) -> Word:
    if token.endswith(STEM):
        return Word(_lowered(token[:-1]), True)
    return Word(normalise(token), False)


@cache
def _lexicon(path: Path, mtime: int) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["kinds"]
    phrases: dict[str, list[Phrase]] = defaultdict(list)
    stems: dict[str, list[Phrase]] = defaultdict(list)
    unspaced: list[tuple[str, str]] = []
    for kind, spec in data.items():
        for language, words in spec.items():
            if language in ("label", "one_a_day"):
                continue
            for phrase in map(str, words):
                if UNSPACED.search(phrase):
                    unspaced.append((phrase, kind))
                    continue
                tokens = tuple(_word(t) for t in _tokens(phrase))
                if not tokens:
                    continue
                first = tokens[0]
                if first.stem:
                    stems[first.text[:PREFIX_INDEX]].append((tokens, kind))
                else:
                    phrases[first.text].append((tokens, kind))
    return Lexicon(
        {k: v.get("label", k) for k, v in data.items()},
        dict(phrases),
        dict(stems),
        tuple(unspaced),
        tuple(data),
        frozenset(k for k, v in data.items() if v.get("one_a_day")),
    )


def _tokens(phrase: str) -> list[str]:
    """A phrase's words as TOKEN reads them, each keeping the `*` written after it."""
    found = []
    for match in TOKEN.finditer(phrase):
        found.append(match.group() + (STEM if phrase[match.end() : match.end() + 1] == STEM else ""))
    return found


def kinds_of(text: str, lex: Lexicon | None = None) -> frozenset[str]:
    """The kinds of happening a sentence's words signal (any language of the lexicon)."""
    lex = lex or lexicon()
    tokens = TOKEN.findall(text)
    found = {kind for phrase, kind in lex.unspaced if phrase in text} if UNSPACED.search(text) else set()
    words: list[Forms] | None = None
    for i, token in enumerate(tokens):
        for phrase, kind in lex.starting_with(token):
            words = words or [_forms(t) for t in tokens]
            if kind not in found and _matches_at(phrase, words, i):
                found.add(kind)
    return frozenset(found)


def _matches_at(tokens: tuple[Word, ...], words: list[Forms], i: int) -> bool:
    return i + len(tokens) <= len(words) and all(w.matches(words[i + k]) for k, w in enumerate(tokens))
