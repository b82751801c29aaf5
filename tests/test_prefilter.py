"""The prefilter skips a date pattern only on a text it cannot match: in every language, on real sentences and on
letters that case-insensitive matching treats in unusual ways."""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml
from briefing.dates import _needs, find_dates
from briefing.dates_grammar import DIGITS, grammar
from briefing.datewords import fold, known_languages
from briefing.prefilter import Needs, comparable, may_match, needed
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

LANGUAGES = sorted(known_languages())


@cache
def real_sentences() -> dict[str, list[str]]:
    """The annotated sentences and header lines of the three real-text sets, by language."""
    found: dict[str, list[str]] = {}
    for path in sorted(ROOT.glob("tests/data/realtext*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for article in data.get("articles") or []:
            lines = [s["text"] for s in article["sentences"]] + str(article.get("header") or "").splitlines()
            found.setdefault(data["language"], []).extend(str(line) for line in lines)
    return found


def patterns(language: str) -> list[re.Pattern[str]]:
    g = grammar(language)
    return [p for _, p in (*g.absolute, *g.relative, *g.worded)] + [g.beside_count]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_pattern_that_matches_a_real_sentence_is_skipped(language: str) -> None:
    sentences = real_sentences()[language]
    assert len(sentences) > 50
    skipped = 0
    for sentence in sentences:
        text = fold(sentence)
        lower = comparable(text)
        for pattern in patterns(language):
            if not may_match(_needs(language)[id(pattern)], lower):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern[:80], sentence)
    assert skipped > len(sentences) * 10  # most sentences skip most patterns: that is the speed


def test_comparable_letters_are_the_same_for_ignorecase() -> None:
    """Every letter of every needed word of every language, checked against every Unicode character: a character
    that is comparable matches the letter under IGNORECASE exactly when `comparable` writes it as that letter."""
    every = "".join(map(chr, range(0x110000)))
    cased = {c for c in every if c.lower() != c or c.upper() != c}  # a letter without case is comparable as itself
    letters = {
        c
        for language in LANGUAGES
        for p in patterns(language)
        for word in getattr(_needs(language)[id(p)], "words", ())
        for c in word
    }
    assert len(letters) > 100
    for letter in sorted(letters):
        matched = {c for c in re.findall(re.escape(letter), every, re.I) if comparable(c) is not None}
        assert matched == {c for c in cased | {letter} if comparable(c) == letter}, letter


def words(pattern: str) -> tuple[str, ...] | None:
    needs = needed(re.compile(pattern, re.I))
    return needs.words if needs else None


def test_needed_words_of_a_pattern() -> None:
    assert words(r"(?<!\w)(?:yesterday|the day before)(?!\w)") == ("yesterday", "the day before")
    assert words(r"(?:last|next)\s+week") == ("last", "next")
    assert words(r"in (\d+) days") == (" days",)  # the longer of "in " and " days"
    assert words(r"(?:jan|january|feb)\.? \d+") == ("feb", "jan")  # "january" holds "jan"
    assert words(r"(?:in )?\d+") is None  # an optional word is needed by no match
    assert words(r"\d+|tomorrow") is None  # one branch needs no word
    assert needed(re.compile("(?:tomorrow|غدا)")) == Needs(("غدا", "tomorrow"), ("tomorrow",))


def test_letters_that_ignorecase_takes_as_one_are_written_as_one() -> None:
    assert comparable("Yesterday, in Doha") == "yesterday, in doha"
    assert comparable("Auguſt") == "august"  # the long s matches "s" and "S"
    assert comparable("YILI yılı") == "yili yili"  # the dotless i matches "i" and "I"
    assert comparable("ΧΘΕΣ ΟΔΟΣ") == "χθεσ οδοσ"  # a final sigma is a sigma
    assert comparable("أمس في الدوحة") == "أمس في الدوحة"
    assert comparable("İstanbul") is None  # lower-cases to two characters: not filtered
    # and the dates in such text are found as before
    assert [d.relative for d in find_dates("He left yeſterday.", "en")] == ["day-1"]
    assert [d.relative for d in find_dates("DÜN İstanbul'da, dün Ankara'da.", "tr")] == ["day-1", "day-1"]


TRICKY = "sSſkKKiIıİσΣςµμßẞ ,.-0123456789"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "tr", "de", "ru"]), st.text(alphabet=TRICKY + "adeglnorstwyüöçğ", max_size=40))
def test_a_filtered_pattern_never_matches_generated_text(language: str, text: str) -> None:
    lower = comparable(text)
    for pattern in patterns(language):
        if not may_match(_needs(language)[id(pattern)], lower):
            assert pattern.search(text) is None, (pattern.pattern[:80], text)


def test_folding_and_digits_leave_ascii_text_as_it_is() -> None:
    """find_dates reads an ASCII sentence as it is, without folding it or translating its digits."""
    ascii = "".join(map(chr, range(128)))
    assert fold(ascii.translate(DIGITS)) == ascii
