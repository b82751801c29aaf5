"""A superlative before a count makes a span only when the count looks forward ("the first strike in 12 years",
"a primeira greve em 12 anos"); before a count back ("the first one sank five years ago", "o primeiro ocorreu há
cinco meses") the count is a date. Russian "накануне" and Ukrainian "напередодні" (the day before) stand alone
before a subject pronoun ("накануне он заявил"), and in Russian before a verb's past tense in "-л"; before a noun in
the genitive they open "on the eve of" something, no date. Sentences written for the test (ferries, a resignation)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "The first ferry sank 12 years ago.", [("12 years ago", "year-12")]),
        ("en", "The largest of them closed five years ago.", [("five years ago", "year-5")]),
        ("pt", "O primeiro ocorreu há cinco meses.", [("há cinco meses", "month-5")]),
        ("pt", "A maior balsa afundou há 3 anos.", [("há 3 anos", "year-3")]),
    ],
)
def test_a_count_back_after_a_superlative_is_a_date(language: str, sentence: str, expected: list) -> None:
    assert dates_read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "It was the largest ferry strike on the lake in 30 years."),
        ("pt", "Foi o maior protesto dos balseiros em 30 anos."),
    ],
)
def test_a_count_forward_after_a_superlative_is_a_span(language: str, sentence: str) -> None:
    assert dates_read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "eve"),
    [
        ("ru", "Накануне он заявил о готовности уйти в отставку.", "Накануне"),
        ("ru", "Министр сообщил, что накануне они подписали соглашение.", "накануне"),
        ("ru", "Накануне заявил министр транспорта.", "Накануне"),
        ("uk", "Напередодні він заявив про готовність піти у відставку.", "Напередодні"),
        ("uk", "Міністр повідомив, що напередодні вони підписали угоду.", "напередодні"),
    ],
)
def test_the_day_before_standing_alone(language: str, sentence: str, eve: str) -> None:
    assert dates_read(sentence, language) == [(eve, "eve")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Накануне выборов он заявил о готовности уйти."),
        ("ru", "Накануне финала он заявил о травме."),
        ("ru", "Накануне Рождества он приехал в столицу."),
        ("uk", "Напередодні виборів він заявив про готовність."),
    ],
)
def test_the_eve_of_something_is_no_date(language: str, sentence: str) -> None:
    assert dates_read(sentence, language) == []
