"""The time zone's short name after a byline's time (CLDR's metazone names, data/zone_names.yaml): an Indonesian
byline writes its time with a dot ("09.15 WIB"), and the zone goes with it; the list holds no two-letter word
("PT", a company's prefix in Indonesian) and none of a language that coins its own ("OMG", Sardinian's GMT).
Each text is written for the test, on a topic of its own (a city's flooded market, a ferry's delay)."""

from __future__ import annotations

import pytest
from briefing.published_lines import zone_abbreviations
from conftest import published_of


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pasar kota terendam banjir\n\nOleh Sari Dewi, Senin, 3 Februari 2020 | 09.15 WIB\n\n"
            "Air setinggi lutut merendam pasar kota sejak pagi dan para pedagang memindahkan dagangan ke lantai atas.\n",
            "2020-02-03",
        ),
        (
            "Kapal feri tertunda karena ombak tinggi\n\nOleh Made Putra, Kamis, 12 Maret 2020 | 16.40 WITA\n\n"
            "Penumpang menunggu di pelabuhan selama lima jam sebelum kapal akhirnya berangkat menuju pulau seberang.\n",
            "2020-03-12",
        ),
    ],
)
def test_a_byline_date_with_a_dotted_zoned_time_dates_the_page(tmp_path, text: str, day: str) -> None:
    assert published_of(tmp_path, text)[0] == day


def test_the_zone_names_are_cldr_zones_and_no_short_words() -> None:
    names = set(zone_abbreviations())
    assert {"WIB", "WITA", "WIT", "MEZ", "MESZ", "HNE", "CET", "GMT", "BST", "MSK"} <= names
    assert not names & {"PT", "SA", "SP", "HE", "OO", "OMG", "SHA", "JCA"}
