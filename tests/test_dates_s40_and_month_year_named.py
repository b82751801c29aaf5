"""A month, or a day and month, without its year joined by "and" to one that the words for last, this or next year
follow ("junio y julio del año pasado", "June and July last year", "в июне и июле прошлого года") is of that year
too, as "janvier et septembre 2022" are both of 2022: not a month of a year the text does not state. Joined by "or",
after a comma, or with a year of its own, it keeps what it was. Sentences written for the test (a harbour's closure)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "first"),
    [
        ("El puerto cerró en junio y julio del año pasado.", "es", "junio"),
        ("The harbour closed in June and July last year.", "en", "June"),
        ("Порт закрыли в июне и июле прошлого года.", "ru", "июне"),
        ("Le port a fermé en juin et juillet de l'année dernière.", "fr", "juin"),
        ("The harbour closed on 3 June and 5 July last year.", "en", "3 June"),
    ],
)
def test_the_first_takes_the_year_the_words_name(sentence: str, language: str, first: str) -> None:
    found = dates_read(sentence, language)
    assert found[0] == (first, "last-year-month") and found[1][1] == "last-year-month"


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("The harbour closed in June, and on 5 July last year.", ("June", (None, 6, None))),  # a comma: two clauses
        ("The harbour closed in June 2020 and July last year.", ("June 2020", (2020, 6, None))),
    ],
)
def test_kept(sentence: str, first: tuple[str, object]) -> None:
    assert dates_read(sentence, "en")[0] == first


def test_a_month_and_a_day_keep_their_own() -> None:
    found = dates_read("El puerto cerró en junio y el 5 de julio del año pasado.", "es")
    assert found[0] == ("junio", (None, 6, None))
