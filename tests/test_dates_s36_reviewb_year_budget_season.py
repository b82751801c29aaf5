"""Review B 5, 6: an English year before "budget" names a fiscal year, not the year of an event ("approved the
2031 budget"), and before "season" it may be a count opening a compound ("its 1500 season ticket holders"): the
year_after list holds neither. "the 2008 financial crisis" is still that year. Sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the 2031 budget on a show of hands.",
        "The theatre said its 1500 season ticket holders would be refunded.",
        "The league said the 2030 season schedule would change.",
    ],
)
def test_budget_and_season_take_no_year(text: str) -> None:
    assert not [t for t, _ in dates_read(text, "en") if t[:1].isdigit()]


def test_a_crisis_still_names_its_year() -> None:
    assert ("2008", (2008, None, None)) in dates_read("The bank never recovered from the 2008 financial crisis.", "en")
