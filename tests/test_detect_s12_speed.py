"""What the twelfth session's speed work on actors kept: each shortcut gives what the slower reading gave, and the
actors of texts written for these tests are those a reader names (the real-text sets' extractions were compared
whole before and after, byte for byte)."""

from __future__ import annotations

import random
import re

import pytest
from briefing import detect_words
from briefing.actors import find_actors
from briefing.detect import lone_words, lone_words_in
from briefing.detect_cased import _held_words
from briefing.detect_context import SHARED_SURNAME, _shared_surname_windows
from briefing.detect_words import AND_WORDS, WORD, Covered, Phrases
from briefing.extract import NAME_RUN, TITLE_CUES
from briefing.registry import CJK, TEXT_TOKEN, _Alias, _alias, _by_second, _Index, normalise
from briefing.scripts import MARKS

RANDOM_PIECES = [
    "and",
    "y",
    "et",
    "e",
    "und",
    "ve",
    "&",
    " ",
    " ",
    "  ",
    "Ab",
    "Cd",
    "x",
    "1",
    "_",
    "'",
    "é",
    "Ж",
    "\n",
    ".",
    "-",
]


def _random_texts(seed: int, count: int, pieces: list[str] = RANDOM_PIECES) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 25))) for _ in range(count)]


def test_two_brothers_sharing_a_surname_are_two_people() -> None:
    text = (
        "Investigators said the brothers Tamerlan and Dzhokhar Tsarnaev planned the attack together. "
        "Cherif and Said Kouachi were killed two days later."
    )
    people = {a.name for a in find_actors(text, "en") if a.kind == "person"}
    assert {"Tamerlan Tsarnaev", "Dzhokhar Tsarnaev"} <= people


@pytest.mark.parametrize("joiners", [AND_WORDS, frozenset({"and"}), frozenset({"y", "e"}), frozenset()])
def test_the_windows_of_a_shared_surname_are_the_lookahead_s_at_every_word(joiners: frozenset[str]) -> None:
    """`_shared_surname_windows` tries the pattern only before the language's joiners: the matches the pattern
    tried at every word boundary finds with those joiners, in the same order."""
    texts = [*_random_texts(1, 3000), "Tamerlan and Dzhokhar Tsarnaev", "A and B and C D", "x1y and Z W", "Ana y  Luis Pérez"]
    for text in texts:
        slow = [(m.start(), m.groups()) for m in SHARED_SURNAME.finditer(text) if m.group(2) in joiners]
        assert [(m.start(), m.groups()) for m in _shared_surname_windows(text, joiners)] == slow, text


def test_the_words_a_name_holds_are_those_the_marks_hold() -> None:
    rnd = random.Random(3)
    for text in _random_texts(4, 3000, ["ab", " ", "Cd", ".", "x y", "é", "1"]):
        matches = list(WORD.finditer(text))
        taken = []
        for _ in range(rnd.randint(0, 4)):
            start = rnd.randint(0, len(text))
            taken.append((start, rnd.randint(start, len(text) + 1)))
        slow = [Covered(len(text), taken)(m.start(), m.end()) for m in matches]
        assert _held_words(matches, taken) == slow, (text, taken)


def _joined_lone_words(text: str, language: str) -> frozenset[str]:
    """The lone words as read before the paragraphs were read one by one: the text's words in one list."""
    w = detect_words.words(language)
    if w is None or w.noun_capitals or language.startswith(("ar", "fa", "zh", "ja")):
        return frozenset()
    matches = list(WORD.finditer(text))
    written = [m.group() for m in matches]
    found = set()
    for k in [k for k, word in enumerate(written[1:-1], 1) if word[:1].isupper() and not word.isupper()]:
        before = k - 1
        while before > 0 and normalise(written[before]) in w.particles | w.connectors:
            before -= 1
        if not written[before][:1].islower():
            continue
        if written[k + 1][:1].isupper() and not text[matches[k].end() : matches[k + 1].start()].strip():
            continue
        found.add(detect_words.bare_word(written[k], w))
    return frozenset(found)


@pytest.mark.parametrize("language", ["en", "fr", "es", "it", "pt", "ru", "uk", "tr"])
def test_lone_words_of_paragraphs_are_those_of_their_text_with_blank_lines(language: str) -> None:
    rnd = random.Random(5)
    pieces = ["Georgescu", " said", " the", " de", " Cour", ", who", " 2024", "\n", "  ", "  Smith", "ab", "NATO", ".", " and"]
    for _ in range(1500):
        paragraphs = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(rnd.randint(0, 5))]
        slow = _joined_lone_words("\n\n".join(paragraphs), language)
        assert lone_words_in(paragraphs, language) == slow, paragraphs
    assert "georgescu" in lone_words("Le succès de Georgescu, a dit le président.", "fr")


def test_a_surname_written_alone_in_a_later_paragraph_is_the_person_named_in_full() -> None:
    text = "Prime Minister Marcel Ciolacu met the delegation on Monday.\n\nThe talks, said Ciolacu, went well."
    actors = [a for a in find_actors(text, "en") if a.kind == "person"]
    assert [a.name for a in actors] == ["Marcel Ciolacu"]
    assert "Ciolacu" in actors[0].surfaces


def test_a_text_s_words_are_those_of_the_lookahead_pattern_at_every_code_point() -> None:
    """TEXT_TOKEN's two character classes hold the characters the lookahead before `\\w` (and the marks) let in."""
    first = re.compile(rf"(?![{CJK}])\w")
    rest = re.compile(rf"(?![{CJK}])[\w{MARKS}]")
    head, tail = TEXT_TOKEN.pattern.split("|", 1)
    assert head == f"[{CJK}]+"
    new_first = re.compile(tail[: tail.index("(?:")])
    # the group repeats each class ("(?:[letters]+|[marks]+)*+"): one of its characters is one of either class
    new_rest = re.compile("(?:" + tail[tail.index("(?:") + 3 : -3].replace("]+|[", "]|[").removesuffix("+") + ")")
    for code in [*range(0x3200), *range(0x3000, 0xA000, 7), *range(0xA000, 0x10000), *range(0x10000, 0x30000, 13)]:
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        assert bool(first.fullmatch(c)) == bool(new_first.fullmatch(c)), hex(code)
        assert bool(rest.fullmatch(c)) == bool(new_rest.fullmatch(c)), hex(code)
    slow = re.compile(rf"[{CJK}]+|(?:(?![{CJK}])\w)(?:(?![{CJK}])[\w{MARKS}])*")
    for text in ["美國CNN报道", "সৌদি আরব", "وزارة الخارجية", "ゔぁ ゙x", "Ιράν και Ιράκ", *_random_texts(6, 500)]:
        assert [m.span() for m in TEXT_TOKEN.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_a_word_s_candidates_by_its_next_word_are_those_the_next_word_lets_through() -> None:
    names = ["South Sudan", "South Africa", "South", "South Korea", "South China Sea", "South Sudan People's Defence Forces"]
    index = _Index([a for a in (detect_alias(n) for n in names) if a])
    candidates = tuple(sorted(index.by_first["south"], key=lambda a: -len(a.tokens)))
    singles, seconds = _by_second(candidates)
    for second in ["sudan", "africa", "korea", "china", "people", "x"]:
        let_through = tuple(a for a in candidates if len(a.tokens) == 1 or a.tokens[1] == second)
        assert seconds.get(second, singles) == let_through


def detect_alias(name: str) -> _Alias | None:
    return _alias(name, name.lower().replace(" ", "-"), capital=True)


def test_states_sharing_a_first_word_are_each_found() -> None:
    text = "South Sudan and South Africa signed the accord, and South Korea sent observers to the South China Sea talks."
    names = [a.name for a in find_actors(text, "en") if a.kind == "state"]
    assert names == ["South Sudan", "South Africa", "South Korea"]


def test_the_title_and_name_patterns_match_as_before() -> None:
    """The candidates' patterns with their first letters looked for first match where the word-boundary ones did."""
    title = re.compile(
        r"\b(?:President|Prime Minister|Minister|Secretary|General|Sheikh|Emir|King|Prince|Ambassador|Envoy|Chancellor"
        r"|Governor|Senator|Director|Chief|Commander|Colonel|Brigadier|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+((?:[A-Z][\w'’.-]+\s?){1,5})"
    )
    name = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of|the|al|Al|bin|bint|de|van|von|der|el|El)?\s*[A-Z][\w'’-]+)+")
    pieces = ["President", "Mr.", "Ms", "x", " ", "  ", "Ab", "of", "the", "_", "1", "É", "Said", "-", "'", "Dr", "\n", "aPrince"]
    for text in [*_random_texts(7, 4000, pieces), "Foreign Minister Sergey Lavrov met President Xi Jinping in Beijing."]:
        assert [(m.span(), m.groups()) for m in TITLE_CUES["en"].finditer(text)] == [
            (m.span(), m.groups()) for m in title.finditer(text)
        ]
        assert [m.span() for m in NAME_RUN.finditer(text)] == [m.span() for m in name.finditer(text)]


def test_a_phrase_after_clitics_is_found_as_the_full_search_found_it() -> None:
    phrases = Phrases(["رئيس الوزراء", "وزير الخارجية", "الرئيس"])
    rnd = random.Random(8)
    words = ["رئيس", "الوزراء", "وزير", "الخارجية", "الرئيس", "ووزير", "قال", "x"]
    for _ in range(2000):
        stems = [{rnd.choice(words), rnd.choice(words)} for _ in range(rnd.randint(1, 5))]
        for i in range(len(stems)):
            slow = max(
                (
                    len(p)
                    for first in stems[i]
                    for p in phrases.by_first.get(first, ())
                    if i + len(p) <= len(stems) and all(p[m] in stems[i + m] for m in range(1, len(p)))
                ),
                default=0,
            )
            assert phrases.starts_any(stems, i) == slow


def test_arabic_people_and_titles_are_found() -> None:
    text = "قال وزير الخارجية الإيراني عباس عراقجي إن المحادثات ستستأنف. وأكد أبو محمد الجولاني ذلك."
    people = [a for a in find_actors(text, "ar") if a.kind == "person"]
    assert people, "an Arabic title before a name names a person"
