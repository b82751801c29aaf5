"""Months named as a time of every year ("from June to October of every year") state no date: the words for every
year (`every_year` in each language's file) beside them in one clause drop them; months of a stated year, or
with no such words, stay. Each sentence is written for the test, on a topic of its own (a mountain pass)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The pass is closed from November to April of every year.", "en"),
        ("Each year, in November, the pass closes.", "en"),
        ("Le col est fermé de novembre à avril chaque année.", "fr"),
        ("Перевал закрыт с ноября по апрель каждый год.", "ru"),
        ("يغلق الممر الجبلي من نوفمبر/تشرين الثاني حتى أبريل/نيسان من كل عام.", "ar"),
        ("El paso está cerrado de noviembre a abril cada año.", "es"),
        ("Der Pass ist jedes Jahr von November bis April gesperrt.", "de"),
    ],
)
def test_months_of_every_year_are_no_date(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        ("Le col était ouvert de juin à octobre.", "fr", ("juin à octobre", (None, 6, None), (None, 10, None))),
        ("The pass closed on 3 November 2023, as it does every year.", "en", ("3 November 2023", (2023, 11, 3))),
        ("Le col a été fermé en novembre 2023, comme chaque année.", "fr", ("novembre 2023", (2023, 11, None))),
    ],
)
def test_months_with_a_year_or_without_the_words_stay(sentence: str, language: str, found: tuple) -> None:
    assert dates_read(sentence, language) == [found]
