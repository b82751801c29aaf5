"""A relative phrase's unit word takes case endings ("järgmisel nädalal"), but an ending that makes a weekday's or
a month's name is that name: Dutch "vorige maandag" is last Monday, not "vorige maand" (last month) and "ag".
Each sentence is written for the test, on a topic of its own (a school's timetable)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize("modifier", ["Vorige", "Volgende", "Deze"])
def test_a_weekday_after_a_month_s_modifier(modifier: str) -> None:
    found = dates_read(f"{modifier} maandag begint het nieuwe rooster van de school.", "nl")
    assert found == [("maandag", "weekday")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Vorige maand begon het nieuwe rooster van de school.", [("Vorige maand", "month-1")]),
        ("Volgende maand begint het nieuwe rooster van de school.", [("Volgende maand", "month+1")]),
    ],
)
def test_the_month_s_phrase_is_unchanged(sentence: str, found: list) -> None:
    assert dates_read(sentence, "nl") == found
