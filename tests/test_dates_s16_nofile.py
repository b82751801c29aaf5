"""Dates in languages with no date words file, read from the locale data (session 16): sentences written here.

Where CLDR's month and weekday names stack marks on a letter or put a dot below one (Yoruba, Igbo, Vietnamese),
texts write the marks in part or not at all, and the names are read without them."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def read(sentence: str, language: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    return [(d.text, d.year, d.month, d.day, d.relative) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Ipade naa yoo waye ni Ọjọ́ Ẹtì.", "Ọjọ́ Ẹtì"),  # as CLDR writes Friday
        ("Ipade naa yoo waye ni ọjọ Ẹti.", "ọjọ Ẹti"),  # its tone marks left out
        ("Ipade naa yoo waye ni ojo Eti.", "ojo Eti"),  # every mark left out
    ],
)
def test_a_yoruba_weekday_with_or_without_its_marks(sentence: str, phrase: str) -> None:
    assert read(sentence, "yo") == [(phrase, None, None, None, "weekday")]


def test_a_yoruba_word_for_today_without_its_marks() -> None:
    assert [(d.text, d.relative) for d in find_dates("Oni ni ipade naa bẹrẹ ni ilu Eko.", "yo")] == [("Oni", "day+0")]


@pytest.mark.parametrize(
    ("sentence", "phrase"), [("Ọ malitere na Mọnde gara aga.", "Mọnde"), ("Ọ malitere na Monde gara aga.", "Monde")]
)
def test_an_igbo_weekday_with_or_without_its_dot_below(sentence: str, phrase: str) -> None:
    assert read(sentence, "ig") == [(phrase, None, None, None, "weekday")]


@pytest.mark.parametrize("month", ["Ọgọọst", "Ogoost"])
def test_an_igbo_date_with_or_without_its_dot_below(month: str) -> None:
    assert read(f"Ọ malitere na 5 {month} 2020.", "ig") == [(f"5 {month} 2020", 2020, 8, 5, None)]
