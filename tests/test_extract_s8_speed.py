"""What the speed work of the eighth session kept: each shortcut gives what the slower reading gave, on sentences
written for these tests (the real-text sets' figures were compared whole before and after)."""

from __future__ import annotations

import random
import re

import pytest
from briefing.actors import find_actors
from briefing.clean import words
from briefing.dates import _needs, _plan, find_dates
from briefing.dates_grammar import grammar
from briefing.datewords import fold, known_languages
from briefing.detect import detect, lone_words
from briefing.detect_words import may_find
from briefing.detect_words import words as detect_words
from briefing.extract import GLUED_STOP, split_sentences
from briefing.otherlang import applies
from briefing.prefilter import comparable, may_match

# the glued full stop as it was written before: the lookbehind first, tried at every character
GLUED_STOP_BEFORE = re.compile(r"(?<=[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]{2})[.!?](?=[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]{2})")


def test_a_full_stop_glued_to_the_next_sentence_still_parts_them() -> None:
    text = "La cosecha fue buena.Este año llovió poco. El puerto abrió."
    assert [text[a:b] for a, b in split_sentences(text, "es")] == [
        "La cosecha fue buena.",
        "Este año llovió poco.",
        "El puerto abrió.",
    ]
    assert len(split_sentences("He works for the U.S.Navy in Norfolk.", "en")) == 1  # no lower-case pair before


def test_the_glued_stop_finds_what_the_lookbehind_first_pattern_found() -> None:
    letters = "abzéАБяЖ.!? 1_-X"
    rnd = random.Random(8)
    for _ in range(20000):
        text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 12)))
        start = rnd.randint(0, len(text))
        spans = [m.span() for m in GLUED_STOP.finditer(text, start)]
        assert spans == [m.span() for m in GLUED_STOP_BEFORE.finditer(text, start)], text


@pytest.mark.parametrize("language", sorted(known_languages()))
def test_the_plan_tries_the_patterns_the_prefilter_lets_through(language: str) -> None:
    """find_dates tests each pattern's needs inline: the same patterns, in the same order, skipped as `may_match`
    would skip them."""
    g, plan, needs = grammar(language), _plan(language), _needs(language)
    assert [(f, p) for f, p, _, _ in plan.absolute] == list(g.absolute)
    assert [(k, p) for k, p, _ in plan.relative] == list(g.relative)
    assert [(k, p) for k, p, _ in plan.undigited] == [(k, p) for k, p in g.relative if not k.endswith("#")]
    sentences = ["In March 2021 the talks resumed.", "Hier, trois jours après", "вчера 5 мая", "امس ۱۲ مارس", "İstanbul'da"]
    for _, p, _, strings in plan.absolute:
        for sentence in sentences:
            lower = comparable(fold(sentence))
            inline = strings is None or lower is None or any(map(lower.__contains__, strings[0 if lower.isascii() else 1]))
            assert inline == may_match(needs[id(p)], lower)


@pytest.mark.parametrize(
    ("sentence", "language", "dates"),
    [
        ("The committee met twice and adjourned without a vote.", "en", []),
        ("On Bastille Day, July 14, 2016, a truck drove into the crowd.", "en", ["July 14, 2016"]),
        ("Am Nationalfeiertag am 3. Oktober 2020 sprach sie.", "de", ["3. Oktober 2020"]),
        ("Il y a trois jours, le 5 mai 2022, la mairie a voté.", "fr", ["Il y a trois jours", "5 mai 2022"]),
    ],
)
def test_dates_of_sentences_with_none_one_or_a_feast_beside_its_day(sentence: str, language: str, dates: list[str]) -> None:
    assert [d.text for d in find_dates(sentence, language)] == dates


def test_outlets_and_companies_are_found_after_their_word_and_not_without_one() -> None:
    found = detect("The channel Meridian TV said the airline Skyvale and the firm Tarnow Group were fined.", "en", [], {})
    assert {d.surface for d in found} >= {"Meridian TV", "Skyvale", "Tarnow Group"}
    w = detect_words("en")
    assert w is not None and w.media is not None
    assert not may_find(w.media, "The committee met twice and adjourned without a vote.")
    assert may_find(w.media, "the CHANNEL said")  # the words are looked for in any case, as the pattern reads them


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Officials said the Chinese coast guard fired water cannon.", "en", "China Coast Guard"),
        ("Selon le ministère libanais de la Santé, trois soldats sont morts.", "fr", "Ministry of Health (Lebanon)"),
        ("Lo ha detto il governo di Hong Kong ieri.", "it", "governo di Hong Kong"),
    ],
)
def test_bodies_named_by_a_lower_case_head_word_are_still_found(text: str, language: str, body: str) -> None:
    found = {f.name: f.kind for f in find_actors(text, language)}
    assert any(body.lower() in name.lower() for name in found), found


def test_lone_words_are_the_capitalised_words_written_alone() -> None:
    text = "Ana Georgescu won. The vote went to Georgescu, who thanked the Cour de Cassation and the Prime Minister."
    # after a lower-case word and before none capitalised: "The" after "won.", "Cour" before "de", and Georgescu;
    # not "Cassation" (inside a name past "de"), nor "Minister" (after "Prime")
    assert lone_words(text, "en") == frozenset({"georgescu", "the", "cour"})


def test_a_line_s_words_are_a_new_list_each_time() -> None:
    first = words("Breaking news from the coast")
    first.append("changed")
    assert words("Breaking news from the coast") == ["Breaking", "news", "from", "the", "coast"]


def test_languages_with_and_without_a_detection_file() -> None:
    assert not applies("en") and not applies("fr-CA")
    assert applies("lv") and applies("ka")


def test_an_acronym_alone_in_russian_is_a_body_unless_the_text_defines_it_in_parentheses() -> None:
    alone = detect("По информации ФСБ, задержаны двое.", "ru", [], {})
    assert [d.surface for d in alone] == ["ФСБ"]
    defined = detect("Служба охраны (СОХ) сообщила: СОХ проверяет.", "ru", [], {})
    assert "СОХ" not in [d.surface for d in defined if d.start > 30]
