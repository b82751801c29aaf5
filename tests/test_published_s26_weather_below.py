"""A masthead's date line with the site's weather box under it ("Четверг, 3 апреля 2025, 08:15" over "Облачно
12°") is the day the page was viewed, not its publication date: each text is written for the test, on a topic of
its own (a town's new footbridge)."""

from __future__ import annotations

import pytest
from conftest import published_of

BRIDGE_RU = "Новый мост через реку\n\nВ городе открыли новый пешеходный мост через реку после двух лет работ.\n"
BRIDGE_EN = "New footbridge over the river\n\nThe town opened a new footbridge over the river after two years of work.\n"


@pytest.mark.parametrize(
    ("clock", "text"),
    [
        ("Четверг, 3 апреля 2025, 08:15\nОблачно 12°\n\n", BRIDGE_RU),
        ("Thursday, 3 April 2025\nPartly cloudy 18 °C\n\n", BRIDGE_EN),
    ],
)
def test_a_date_line_over_the_weather_box_is_the_sites_clock(tmp_path, clock: str, text: str) -> None:
    assert published_of(tmp_path, clock + text)[0] is None


@pytest.mark.parametrize(
    ("stamp", "text", "found"),
    [
        ("Четверг, 3 апреля 2025, 08:15\n\n", BRIDGE_RU, "2025-04-03"),
        ("Thursday, 3 April 2025\n\n", BRIDGE_EN, "2025-04-03"),
    ],
)
def test_the_same_date_line_without_a_weather_box_dates_the_page(tmp_path, stamp: str, text: str, found: str) -> None:
    assert published_of(tmp_path, stamp + text)[0] == found


def test_a_price_or_a_count_under_a_date_line_is_no_weather_box(tmp_path) -> None:
    text = "Thursday, 3 April 2025\nTickets 12 C\n\n" + BRIDGE_EN  # no degree sign after words: no temperature
    assert published_of(tmp_path, text)[0] == "2025-04-03"
