"""What the speed work of the thirteenth session kept: each shortcut gives what the slower reading gave, on texts
written for these tests where the two could part (the real-text sets' extractions were compared whole before and
after, byte for byte)."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from briefing import clean, prefilter
from briefing.clean import _letter_script, script_of
from briefing.dates import _plan, find_dates
from briefing.datewords import fold, known_languages
from briefing.prefilter import comparable, held_in, search_for

SENTENCES = [
    "In January 2024 the talks resumed; by Jan. 5 they had stalled, and in June and July again.",
    "Die Gespräche begannen am 3. Januar 2024 und endeten im Jänner, am Sonnabend vor Heiligabend.",
    "Переговоры начались в июле, 5 июля 2024 года, и продолжились в апреле и апр. 2025 г.",
    "استؤنفت المحادثات في جانفي 2024 ثم في فيفري، ومنذ منتصف الشهر الاول من عام التالي.",
    "Les pourparlers ont repris le 14 juillet 2024, puis en août et déc. 2025.",
    "会谈于2024年1月5日恢复，12月再次举行。",
    "İstanbul'da 5 Ocak 2024'te başladı; ſ, ı and a final ς stand in for other letters.",
    "",
    "2020",
    "jan janu janua januar january",
]


def _slow_comparable(text: str) -> str | None:
    """`comparable` as it read each text before: every distinct letter asked `_canonical` again."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    if lower.isascii():
        return lower
    odd = {c: prefilter._canonical(c) for c in set(lower) if prefilter._canonical(c) != c}
    return lower.translate(str.maketrans(odd)) if odd else lower


def test_comparable_writes_each_text_as_the_slower_reading_did() -> None:
    rnd = random.Random(13)
    letters = [chr(c) for c in range(32, 0x3100) if chr(c).isprintable()] + list("ıſςµΣİẞ")
    texts = SENTENCES + ["".join(rnd.choice(letters) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    for text in texts + texts:  # the second time, every letter has been met
        assert comparable(text) == _slow_comparable(text), text


def test_comparable_asks_each_letter_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A letter met in one text is not asked about again in the next: the shortcut is there."""
    asked: list[str] = []
    canonical = prefilter._canonical

    def counted(letter: str) -> str:
        asked.append(letter)
        return canonical(letter)

    monkeypatch.setattr(prefilter, "_canonical", counted)
    first = "Şehir ſtraße ς ΐ ǅ"  # letters other texts of this process may not have held
    comparable(first)
    asked.clear()
    again = comparable(first + " " + first[::-1])
    assert asked == []  # the slower reading asked again about every letter of the text
    assert again == _slow_comparable(first + " " + first[::-1])


def _slow_script(text: str) -> str | None:
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():
        if ch.isalpha():
            counts[_letter_script(ch)] += n
    return counts.most_common(1)[0][0] if counts else None


@pytest.mark.parametrize(
    "text",
    [
        "Doha, Qatar — The talks resumed on Monday.",
        "الدوحة — استؤنفت المحادثات يوم الاثنين",
        "Москва. Переговоры возобновились в понедельник (Reuters).",
        "Talks in الدوحة resumed",  # two scripts, Latin more
        "ab вг",  # two scripts, as many letters of each
        "2024 — 12:30 !!",  # no letters
        "",
        "会谈于2024年恢复 CNN",
    ],
)
def test_the_script_of_a_text_is_the_counted_one(text: str) -> None:
    assert script_of(text) == _slow_script(text)


def test_a_text_in_one_script_is_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Letters of one script only: the text's characters are not counted (the slower reading counted them)."""

    def refused(*args: object) -> Counter[str]:
        raise AssertionError("counted")

    monkeypatch.setattr(clean, "Counter", refused)
    assert script_of("Переговоры возобновились в понедельник, 5 июля.") == "CYRILLIC"
    assert script_of("Talks resumed on Monday, 5 July.") == "LATIN"
    assert script_of("12:30 — !") is None


@pytest.mark.parametrize("language", sorted(known_languages()))
def test_the_strings_a_sentence_holds_are_those_a_search_for_each_finds(language: str) -> None:
    """`held_in` finds what a search for each of the plan's strings finds, also where one holds another."""
    plan = _plan(language)
    rnd = random.Random(language)
    for side in (0, 1):
        strings = plan.every[side]
        made = [" ".join(rnd.sample(strings, min(len(strings), rnd.randint(0, 4)))) for _ in range(40)]
        cut = [s[: rnd.randint(0, len(s))] for s in strings]  # "janu": "jan" without "january"
        for text in [*SENTENCES, *made, " ".join(cut), " ".join(strings)]:
            lower = comparable(fold(text))
            if lower is None:
                continue
            assert held_in(plan.search[side], lower) == frozenset(s for s in strings if s in lower), (language, text)


def test_a_string_holding_another_is_looked_for_only_where_that_one_is() -> None:
    search = search_for(("jan", "january", "1", "20", "2024", "jul", "july"))
    assert set(search.first) == {"jan", "1", "20", "jul"}
    assert dict(search.then) == {"july": "jul", "january": "jan", "2024": "20"}
    assert held_in(search, "in january 2024") == {"jan", "january", "20", "2024"}
    assert held_in(search, "in janu 2 0") == {"jan"}


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The talks resumed on 5 January 2024 in Doha.", "en", [(2024, 1, 5)]),
        ("Die Gespräche begannen am 3. Januar 2024 in Wien.", "de", [(2024, 1, 3)]),
        ("Переговоры начались 5 июля 2024 года в Москве.", "ru", [(2024, 7, 5)]),
    ],
)
def test_a_sentence_holding_a_month_s_whole_name_still_finds_its_date(sentence: str, language: str, expected: list) -> None:
    dates = find_dates(sentence, language)
    assert [(d.year, d.month, d.day) for d in dates if d.relative is None] == expected
