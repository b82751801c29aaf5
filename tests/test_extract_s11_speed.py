"""What the speed work of the eleventh session kept: each shortcut gives what the slower reading gave, on sentences
written for these tests (the real-text sets' extractions were compared whole before and after, byte for byte)."""

from __future__ import annotations

import random
import re

import numpy
import pytest
from briefing.dates import _plan, _tried, find_dates
from briefing.dates_forms import _year_word_after
from briefing.dates_grammar import cjk, grammar
from briefing.datewords import fold, known_languages
from briefing.extract import _language_identifier, detect_language
from briefing.pipeline import Project, load_registry
from briefing.prefilter import comparable
from briefing.scripts import WORD_END


@pytest.mark.parametrize("language", sorted(known_languages()))
def test_the_patterns_tried_are_those_each_pattern_s_needs_let_through(language: str) -> None:
    """`_tried` keeps, for each set of strings a sentence holds, the patterns the per-pattern test let through, in
    their order."""
    g, plan = grammar(language), _plan(language)
    sentences = ["In March 2021 the talks resumed.", "Hier, trois jours après", "вчера 5 мая", "امس ۱۲ مارس", "İstanbul'da", ""]
    for sentence in sentences:
        lower = comparable(fold(sentence))
        side = 0 if lower is None or lower.isascii() else 1
        held = None if lower is None else frozenset(s for s in plan.every[side] if s in lower)
        for digits in (False, True):
            for worded in (False, True):

                def lets(strings: tuple[tuple[str, ...], tuple[str, ...]] | None) -> bool:
                    return strings is None or lower is None or any(map(lower.__contains__, strings[side]))  # noqa: B023

                absolute = [(f, p) for f, p, wordy, strings in plan.absolute if (digits or wordy) and lets(strings)]
                tried = (plan.relative if digits else plan.undigited) + (plan.worded if worded else ())
                relative = [(k, p) for k, p, strings in tried if lets(strings)]
                assert _tried(plan, held, side, digits, worded) == (tuple(absolute), tuple(relative))
    assert [(f, p) for f, p, _, _ in plan.absolute] == list(g.absolute)


def test_a_sentence_holding_a_month_name_still_finds_its_date() -> None:
    dates = find_dates("Talks resumed in Doha on 4 March 2024 and again last Tuesday.", "en")
    assert [(d.year, d.month, d.day) for d in dates if d.relative is None] == [(2024, 3, 4)]
    assert [d.year for d in find_dates("Die Fabrik wurde 1953 gebaut, 2013 und 2020 erweitert.", "de")] == [1953, 2013, 2020]


@pytest.mark.parametrize("language", ["en", "de", "ru", "tr", "zh", "ja", "ar", "fa"])
def test_the_words_for_year_after_a_number_read_as_each_word_did(language: str) -> None:
    """`_year_word_after` tests the language's `year_after` words in one pattern: as one test a word did."""
    w = grammar(language).words
    listed = w.extra.get("year_after", [])
    rnd = random.Random(11)
    afters = [" " + s + tail for s in listed for tail in ("", " x", "x", ".", "'da")] + ["", " year", "  Jahr", "年", "ok"]
    afters += ["".join(rnd.choice(" .'abгодyılı年Jahr") for _ in range(rnd.randint(0, 8))) for _ in range(300)]
    glued = cjk(language)
    for after in afters:
        lower = after.lower()
        before = any(
            lower.lstrip().startswith(s) if glued or not s[:1].isalnum() else re.match(rf"\s*{re.escape(s)}{WORD_END}", lower)
            for s in listed
        )
        assert _year_word_after(after, w) == before, after


def test_long_words_that_start_no_name_are_skipped_and_glued_names_still_found(tmp_path) -> None:
    registry, _ = load_registry(Project(tmp_path))
    found = registry.find("The diplomatic statement was read in Doha after the Qatar talks.", "en")
    assert len(found) == 2  # Doha, Qatar
    index = registry._index("en")
    assert "statement" in index.starts_none and "diplomatic" in index.starts_none  # looked at once, not per token
    glued = registry.find("وقالت الأممالمتحدةوتركيا في بيان", "ar")  # "الأمم المتحدة" + "و" + "تركيا", glued
    assert len(glued) == 2


def test_the_language_model_reads_its_table_a_row_at_a_time_with_the_same_scores() -> None:
    identifier = _language_identifier()
    assert identifier.nb_ptc.flags["C_CONTIGUOUS"]
    column_order = numpy.asfortranarray(identifier.nb_ptc)
    texts = [
        "Le gouvernement a annoncé lundi que la réforme serait présentée au Parlement en mars.",
        "Die Regierung kündigte am Montag an, die Reform im März vorzulegen.",
        "Правительство объявило в понедельник, что реформа будет представлена в марте.",
        "أعلنت الحكومة يوم الاثنين أن الإصلاح سيقدم إلى البرلمان في مارس.",
    ]
    for text in texts:
        visits = identifier._raw_score(identifier._encode(text))
        original = identifier.nb_ptc
        try:
            identifier.nb_ptc = column_order
            before = identifier._raw_score(identifier._encode(text))
        finally:
            identifier.nb_ptc = original
        assert (visits == before).all()
    assert [detect_language(t) for t in texts] == ["fr", "de", "ru", "ar"]
