"""A day of the month written in words before its month's name, in a language with no data file, read from CLDR's
rule-based spell-out through ICU (issue 14 item 2: "days … written in words"). Sentences written for the tests, on
a harbour's reopening."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "phrase", "date"),
    [
        ("hi", "बंदरगाह तीन अक्टूबर को फिर से खुला।", "तीन अक्टूबर", (None, 10, 3)),
        ("pl", "Port otwarto ponownie dwa tygodnie po tym, jak zamknięto go trzy maja.", "trzy maja", (None, 5, 3)),
    ],
)
def test_a_day_in_words_before_a_month_is_that_day(language: str, sentence: str, phrase: str, date: tuple) -> None:
    assert read(sentence, language) == [(phrase, date)]


def test_a_number_word_is_no_day_without_a_month_after_it() -> None:
    assert read("बंदरगाह तीन दिन बाद फिर से खुला।", "hi") == []


def test_one_in_words_is_an_article_not_a_day() -> None:
    assert read("Hamnen öppnade igen en april-morgon.", "sv") == []
