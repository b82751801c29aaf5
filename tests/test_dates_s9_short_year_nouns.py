"""A two-letter word for "year" (CLDR's: Icelandic "ár", Swedish "år", Romanian "an") takes the article or case
ending its language glues to it before a year's number ("árið 1998", "året 1998", "anul 1998"), also between a
date's month and its year (issue 14 item 2). Sentences written for the tests, on a volcano's eruption."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("is", "Eldfjallið gaus síðast árið 1998 og olli tjóni.", "1998"),
        ("is", "Gosið hófst á árinu 1998 samkvæmt skýrslunni.", "1998"),
        ("sv", "Vulkanen hade senast ett utbrott året 1998 enligt rapporten.", "1998"),
        ("ro", "Vulcanul a erupt ultima dată în anul 1998, potrivit raportului.", "1998"),
    ],
)
def test_a_two_letter_year_noun_with_its_ending_cues_the_year_after_it(language: str, sentence: str, phrase: str) -> None:
    assert read(sentence, language) == [(phrase, (1998, None, None))]


def test_the_year_noun_with_its_ending_may_stand_between_a_dates_month_and_year() -> None:
    found = read("Eldfjallið gaus 14. apríl árið 1998 samkvæmt skýrslunni.", "is")
    assert found == [("14. apríl árið 1998", (1998, 4, 14))]


def test_a_count_of_years_after_the_number_is_still_no_year() -> None:
    assert read("Hraunið er um 2000 ára gamalt.", "is") == []
