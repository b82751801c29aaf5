"""A capital struck ("по Киеву") in a clause that gives a time of day earlier is still its state: "по" puts the city
on a clock only right after the time or the hour's words ("в 11:00 по Москве"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "ru") if a.kind == "state"}


@pytest.mark.parametrize(
    "text",
    [
        "В 04:30 вражеские дроны атаковали по Харькову и Киеву.",
        "В 05:15 тяжелые ракеты снова ударили по Киеву.",
        "Около 6 часов утра ракетный удар по Киеву нанесли с моря.",
    ],
)
def test_a_struck_capital_after_a_time_stays_its_state(text: str) -> None:
    assert "Ukraine" in states(text)


def test_the_clock_right_after_the_time_is_no_state() -> None:
    assert "Ukraine" not in states("Обстрел начался в 04:30 по Киеву.")
    assert "Ukraine" not in states("Обстрел начался к шести часам утра по Киеву.")
