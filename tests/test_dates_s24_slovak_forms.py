"""Slovak dates in the forms news write them that CLDR's names miss (issue 14): a weekday's adjective in any gender
and case ("nedeľné voľby", Sunday's election) and a count back in the instrumental after "pred" ("pred dvoma
týždňami", two weeks ago). Each sentence is written for the test, on a topic of its own (a town's swimming pool)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "weekday"),
    [
        ("Nedeľné otvorenie kúpaliska prilákalo stovky ľudí.", "Nedeľné", 6),  # neuter nominative
        ("Po sobotňajšej búrke kúpalisko zatvorili.", "sobotňajšej", 5),  # feminine locative, the "-ajší" form
        ("Starosta hovoril o utorkovom rozhodnutí rady.", "utorkovom", 1),  # neuter locative
        ("Stredajšia schôdza sa venovala cenám lístkov.", "Stredajšia", 2),  # soft declension, feminine
    ],
)
def test_a_weekdays_adjective_names_that_weekday(sentence: str, text: str, weekday: int) -> None:
    from briefing.dates import find_dates

    (found,) = find_dates(sentence, "sk")
    assert (found.text, found.relative, found.weekday) == (text, "weekday", weekday)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Kúpalisko otvorili pred dvoma týždňami.", ("pred dvoma týždňami", "day-14")),
        ("Bazén opravili pred tromi rokmi.", ("pred tromi rokmi", "year-3")),
        ("Nové šatne postavili pred piatimi mesiacmi.", ("pred piatimi mesiacmi", "month-5")),
    ],
)
def test_a_count_back_in_the_instrumental_is_a_date(sentence: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, "sk") == [found]


def test_a_count_in_the_instrumental_without_ago_is_no_date() -> None:
    assert dates_read("Kúpalisko sa pýši dvoma bazénmi a tromi toboganmi.", "sk") == []  # two pools, three slides
