"""What the speed work of the twelfth session kept (issues 14 and 15, dates and language): each shortcut gives what
the slower reading gave, on text written for these tests (the real-text sets' and the bench's extractions were
compared whole before and after, byte for byte)."""

from __future__ import annotations

import random
import re

import numpy
from briefing.dates import ascii_digits
from briefing.dates_grammar import DIGITS
from briefing.datewords import FOLDED, LETTER_FOLD, fold
from briefing.extract import LAST_WORD_BACKWARDS, _continues, _language_identifier, _unglued, split_sentences
from briefing.published_lines import _unlabelled, cable_labels, is_date_line, is_reference_work, labels
from briefing.scripts import SCRIPT_DIGIT
from py3langid.langid import visit_counts

SCRIPTS = "aZ09 ١٥ ۱۵ १५ ১৫ ၁၅ １５ ک ی ى أ إ آ ’ ۀ ș ț Ș Ț ដ ە ھ ڕ é ж 中 ς İ"


def test_every_character_that_translating_changes_is_one_the_search_finds() -> None:
    """`ascii_digits` and `fold` translate only a text holding one of the characters their table changes."""
    for code in range(0x110000):
        c = chr(code)
        assert bool(SCRIPT_DIGIT.match(c)) == (c.translate(DIGITS) != c), hex(code)
        assert bool(FOLDED.match(c)) == (c.translate(LETTER_FOLD) != c), hex(code)


def test_digits_and_folded_letters_read_as_the_translation_did() -> None:
    rnd = random.Random(12)
    texts = ["", "In 2024.", "٢٠٢٤ ۱۴۰۳ २०२४", "کیست ی", "aujourd’hui", "marți 5 mai"]
    texts += ["".join(rnd.choice(SCRIPTS) for _ in range(rnd.randint(0, 30))) for _ in range(2000)]
    for text in texts:
        assert ascii_digits(text) == text.translate(DIGITS)
        assert fold(text) == text.translate(LETTER_FOLD)


def test_a_header_line_s_labels_blanked_as_both_patterns_did() -> None:
    published, updated, _ = labels()
    lines = [
        "Published: 4 March 2024 | Updated: 5 March 2024",
        "Опубликовано 4 марта 2024, обновлено 5 марта",
        "تاريخ النشر: 4 مارس 2024",
        "The candidate said on 4 March 2024 that the update would come.",  # "date" inside a word, "update"
        "Talks resumed in Doha on 4 March 2024 and again on Tuesday, officials said.",
        "",
    ]
    for line in lines:
        assert _unlabelled(line) == updated.sub(" ", published.sub(" ", line))
    assert is_date_line("Published: 4 March 2024")
    assert is_date_line("Опубликовано ٤ марта ٢٠٢٤")
    long_lede = "Talks resumed in Doha on 4 March 2024, " + "and the delegations met again " * 20 + "."
    assert not is_date_line(long_lede)


OLD_LAST_WORD = re.compile(r"(?:^|[\s(\[«\"“])([^\s(\[«\"“]+)\.$")  # the search it replaces, from the text's start


def test_the_last_word_before_a_full_stop_read_backwards_as_the_search_read_it() -> None:
    rnd = random.Random(15)
    befores = ["He met Mr.", "(Sept.", "the U.S.", "a..", "x .", ".", "in «janv.", "am 22.", "said. ", "no stop"]
    befores += ["".join(rnd.choice('ab .(«"“[\n') for _ in range(rnd.randint(1, 12))).rstrip() for _ in range(3000)]
    for before in filter(None, befores):
        old = OLD_LAST_WORD.search(before)
        new = LAST_WORD_BACKWARDS.match(before[::-1])
        assert (old[1] if old else None) == (new[1][::-1] if new else None), before
    assert _continues("He met Mr.", "Smith there.", "en")
    assert not _continues("The talks ended on 26 July.", "The guard left.", "en")


def test_sentences_still_part_where_a_figure_follows_a_full_stop() -> None:
    text = "Der Diplomat starb am 19. Dezember. 62 Jahre alt war er. Er hatte die Macht abgab. 1953 war er Minister."
    spans = split_sentences(text, "de")
    assert [text[a:b] for a, b in spans][:2] == ["Der Diplomat starb am 19. Dezember.", "62 Jahre alt war er."]
    for a, b in spans:
        assert _unglued(text, (a, b), "de") == [(a, b)]  # each part is whole


def test_a_wiki_template_s_date_in_brackets_still_marks_a_reference_work() -> None:
    assert is_reference_work("Opened March 16, 2014 (2014-03-16)")
    assert not is_reference_work("Opened March 16, 2014 and closed in 2020")


def test_the_language_model_s_scores_are_the_half_precision_table_s() -> None:
    """The model's table is read in single precision: every score is the one its half-precision values gave."""
    identifier = _language_identifier()
    half = identifier.nb_ptc.astype(numpy.float16)
    assert (half.astype(numpy.float32) == identifier.nb_ptc).all()
    for text in ["Talks resumed in Doha on 4 March 2024.", "استؤنفت المحادثات في الدوحة", "Переговоры возобновились", "会谈恢复"]:
        encoded = identifier._encode(text)
        counts = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, encoded)
        assert counts
        assert (identifier._sparse_score(counts, half) == identifier._sparse_score(counts, identifier.nb_ptc)).all()


def test_a_chinese_dateline_s_words_are_read_once() -> None:
    cited, cable = cable_labels()
    assert "电" in cable and "据" in cited
    assert cable_labels() is cable_labels()
