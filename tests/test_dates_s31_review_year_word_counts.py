"""A CLDR format's word before its closing year may be left out ("28 di Setembar 2015"), but a number right after
the month that a word in lower case follows is what it counts, not the year ("… 1500 personis"). Each sentence is
written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "month", "day"),
    [
        ("O 12 de xuño 1800 veciños asinaron a carta.", "gl", "12 de xuño", 6, 12),
        ("Ai 14 di Mai 1600 students a son lâts in place.", "fur", "14 di Mai", 5, 14),
    ],
)
def test_a_count_after_the_month_is_no_year(sentence: str, language: str, phrase: str, month: int, day: int) -> None:
    assert dates_read(sentence, language) == [(phrase, (None, month, day))]


def test_a_year_before_a_short_word_still_joins_the_date() -> None:
    assert dates_read("O consello reuniuse o 12 de xuño 2019 en Lugo.", "gl") == [("12 de xuño 2019", (2019, 6, 12))]
