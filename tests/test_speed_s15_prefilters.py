"""What the speed work of the fifteenth session kept (issue 15: extraction <= 20 ms per 5 KB source): each shortcut
gives what the slower reading gave, and skips the work it says it skips (the 42 real-text sets' `--details` were
compared before and after, byte for byte)."""

from __future__ import annotations

import random
import re

from briefing import clean, dates_forms, extract
from briefing.clean import clean_lines
from briefing.dates import find_dates
from briefing.extract import split_sentences
from briefing.registry import CJK, CJK_RANGES, TEXT_TOKEN, _outside
from briefing.scripts import MARKS
from icu4py.breakers import SentenceBreaker

# the registry's words as they were read before: one alternation a character
PER_CHARACTER = re.compile(rf"[{CJK}]+|[^\W{CJK}](?:[^\W{CJK}]|[{_outside(MARKS, CJK_RANGES)}])*")
# letters, marks of several scripts, Chinese, digits, spaces and punctuation, to be glued together at random
PIECES = ["Doha", "قطر", "ـ", "\u064e", "\u0301", "\u0915\u093e", "\u05d0\u05b8", "美國", "CNN", "ひら", "12"]
PIECES += [" ", "-", "_", "’", "."]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_registry_reads_the_words_it_read_one_character_at_a_time() -> None:
    rnd = random.Random(15)
    texts = ["", "美國CNN报道", "Qatar’s emir met the NATO chief.", "والناتو الدوحة", "e\u0301te\u0301 \u0301a"]
    texts += ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        assert _spans(TEXT_TOKEN, text) == _spans(PER_CHARACTER, text), text


def _cut_each_sentence(text: str, language: str) -> list[tuple[int, int]]:
    """split_sentences as it was: ICU's sentences, joined after abbreviations, every one cut again where a stop is
    glued or a figure follows one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for piece in SentenceBreaker(text, extract._icu_locale(language)):
        stripped = piece.rstrip()
        if stripped.strip():
            first = start + len(piece) - len(piece.lstrip())
            if spans and extract._continues(text[spans[-1][0] : spans[-1][1]], stripped, language):
                spans[-1] = (spans[-1][0], start + len(stripped))
            else:
                spans.append((first, start + len(stripped)))
        start += len(piece)
    return [part for span in spans for part in extract._unglued(text, span, language)]


PARAGRAPHS = [
    ("Talks resumed in Doha on Monday. The emir met the envoy, officials said.", "en"),
    ("La croissance a ralenti en 2023.Esta isla es pequeña.", "es"),
    ("Он прибыл 19 грудня. 62-річний дипломат заявив, що переговори тривають.", "uk"),
    ("Er trat am 5. Mai zurück, als er die Macht abgab. 1953 war er wieder im Amt.", "de"),
    ("U.S. officials met Mr. Smith on Sept. 12 in Washington.", "en"),
]


def test_a_paragraph_is_cut_where_it_was_cut_before() -> None:
    for text, language in PARAGRAPHS:
        assert split_sentences(text, language) == _cut_each_sentence(text, language), text
    assert split_sentences(*PARAGRAPHS[1]) == [(0, 32), (32, 53)]  # the glued stop still parts the sentences


def test_a_paragraph_with_no_glued_stop_and_no_figure_after_one_is_not_cut_again(monkeypatch) -> None:
    calls: list[tuple[int, int]] = []
    unglued = extract._unglued
    monkeypatch.setattr(extract, "_unglued", lambda text, span, language: calls.append(span) or unglued(text, span, language))
    assert split_sentences(*PARAGRAPHS[0]) == [(0, 32), (33, 72)]
    assert calls == []
    split_sentences(*PARAGRAPHS[2])
    assert calls  # a full stop and a figure after it: read again


class _Counted:
    """A pattern that counts the lines it is asked to match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.asked = pattern, 0

    def match(self, line: str) -> re.Match[str] | None:
        self.asked += 1
        return self.pattern.match(line)


def test_a_caption_is_looked_for_only_on_a_line_with_a_spaced_dash(monkeypatch) -> None:
    counted = _Counted(clean.CAPTION)
    monkeypatch.setattr(clean, "CAPTION", counted)
    lines = [
        "Qatar and NATO sign a security agreement",
        "The emir of Qatar met the secretary general of NATO in Doha on Monday, officials said, after long talks.",
        "An aerial view of Doha on May 25, 2017. - Reuters",
        "The agreement follows years of co-operation between the two.",
    ]
    cleaned = clean_lines(lines)
    assert cleaned.header["captions"] == ["An aerial view of Doha on May 25, 2017."]
    assert cleaned.header["credits"] == ["Reuters"]
    assert counted.asked == 1  # the caption's line alone: "co-operation" has no spaced dash


def test_a_number_after_that_year_is_a_count_and_the_pattern_is_made_once() -> None:
    dates_forms._year_referred_back.cache_clear()
    assert 1600 not in [d.year for d in find_dates("In that year 1600 people died in the war.", "en")]
    assert [d.year for d in find_dates("The war ended in 1918 after four years.", "en")] == [1918]
    assert 1500 not in [d.year for d in find_dates("In that same year 1500 soldiers came home.", "en")]
    assert dates_forms._year_referred_back.cache_info().misses == 1  # one language, one pattern, however many numbers
