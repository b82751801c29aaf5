"""A byline's date with its time and the time zone's short name after it ("Oleh A. Penulis, Senin, 3 Februari 2020 |
09:15 WIB", the Western Indonesian Time; CLDR's metazone names): the zone is the time's, the date the page's.
Each text is written for the test, on a topic of its own (a city's flooded market)."""

from __future__ import annotations

import pytest
from conftest import published_of

BODY = "\n\nAir setinggi lutut merendam pasar kota sejak pagi dan para pedagang memindahkan dagangan mereka ke lantai atas.\n"


@pytest.mark.parametrize(
    "byline",
    [
        "Oleh Sari Dewi, Senin, 3 Februari 2020 | 09:15 WIB",
        "Oleh Sari Dewi, Senin, 3 Februari 2020 | 09:15 WITA",
        "Sari Dewi, Senin, 3 Februari 2020 | 09:15 WIB",
    ],
)
def test_a_byline_date_with_its_zoned_time_dates_the_page(tmp_path, byline: str) -> None:
    assert published_of(tmp_path, f"Pasar kota terendam banjir\n\n{byline}{BODY}")[0] == "2020-02-03"


def test_an_english_byline_with_a_zoned_time(tmp_path) -> None:
    # a guard: English's byline reads with or without the zone rule (the Indonesian ones above test the rule)
    text = (
        "Market flooded after storm\n\nBy Sari Dewi, Monday, 3 February 2020 | 09:15 WIB\n\n"
        "Knee-deep water filled the city market from the morning and traders moved their goods upstairs.\n"
    )
    assert published_of(tmp_path, text)[0] == "2020-02-03"
