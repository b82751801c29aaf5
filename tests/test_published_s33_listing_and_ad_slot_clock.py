"""Two header furnitures of page openings: a listing's stamps under the headline, two lines written alike and each
naming its weekday, newest first, give the first (its item is the page's first, the second an older item's), and a
date line above a top bar's label ("- Advertisement -", "Connect with us") or glued to it, before the headline, is
the site's clock of the day the page was viewed, as is a clock whose weekday is glued to figures on both sides
("15 Март 2025събота18:45 ч.") above the headline. Each opening is written for the test and read as the build reads
a page's first lines alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.published import is_glued_clock
from briefing.published_header import from_header
from briefing.published_lines import is_top_bar_label
from conftest import opening_date


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # a listing: a headline and its stamp, then the next item's headline and its older stamp
        (
            "Bridge repairs begin on the river road\nMonday, 9 June 2025\n\nLibrary opens on Sundays\nThursday, 5 June 2025",
            "2025-06-09",
        ),
        # a blog's posts under its headline, each day header written alike, each post's title between them
        (
            "Заметки о городе\nНовый мост откроют весной.\nвторник, 3 июня 2025 г.\nБиблиотека работает по "
            "воскресеньям\nпятница, 30 мая 2025 г.",
            "2025-06-03",
        ),
        # a Nepali listing: its weekdays' vowel signs are marks, the two lines still written alike
        ("नगरपालिकाले नयाँ पुल बनायो\nशुक्रबार, जेठ ३०, २०८२\n\nपुस्तकालय खुल्यो\nसोमबार, जेठ २६, २०८२", "2025-06-13"),
    ],
)
def test_a_listings_first_stamp_under_the_headline_is_the_pages(tmp_path: Path, header: str, date: str) -> None:
    assert opening_date(tmp_path, header) == date


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        # above the headline, two lines alike are a clock over the stamp: the earlier stands
        (["Monday, 9 June 2025", "Thursday, 5 June 2025"], "2025-06-05"),
        # under the headline, two lines written differently: a stamp and another date, the earlier stands
        (["9 June 2025", "Thursday, 5 June 2025"], "2025-06-05"),
    ],
)
def test_without_a_listing_under_the_headline_the_earlier_date_stands(lines: list[str], date: str) -> None:
    stated = from_header(lines, "en")
    assert stated is not None and stated.date == date
    assert from_header(lines, "en", under_title=lines[0].startswith("9")).date == date


@pytest.mark.parametrize(
    "header",
    [
        "Tuesday, 4 June 2024\n- Advertisement -\n- Advertisement -\nCity opens a new bridge\n\nThe bridge opened.",
        "Вторник, 4 июня 2024\nРеклама\nГород открыл новый мост\n\nМост через реку открыли утром.",
        "marzo 3, 2025\n\nConecta con nosotros\n\nEl ayuntamiento abre un nuevo puente\n\nEl puente abrió ayer.",
        "Friday, June 6, 2025 Advertise With Us\n• City opens a new bridge\n\nThe bridge opened.",
    ],
)
def test_a_date_over_an_advertising_slot_above_the_headline_is_a_clock(tmp_path: Path, header: str) -> None:
    assert opening_date(tmp_path, header) is None


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # the stamp under the headline, an advertising slot after it: the stamp stands
        ("City opens a new bridge\nTuesday, 4 June 2024\nAdvertisement\n\nThe bridge over the river opened.", "2024-06-04"),
        # a stamp with its hour over an advertisement and the text: the page's own
        ("4.6.2024, 10:46 Uhr\nAnzeige\nDie Stadt hat die neue Brücke am Fluss eröffnet.", "2024-06-04"),
        # under the headline, a stamp over the bar's link or glued to it stands
        ("City opens a new bridge\nFriday, June 6, 2025\nFollow us\n\nThe bridge opened.", "2025-06-06"),
        ("City opens a new bridge\nFriday, June 6, 2025 Advertise With Us\n\nThe bridge opened.", "2025-06-06"),
        # a sentence naming an advertisement is no slot's label
        ("Tuesday, 4 June 2024\nAdvertisement rules change for the city's buses\n\nNew rules apply.", "2024-06-04"),
    ],
)
def test_a_stamp_near_no_slot_above_the_headline_stands(tmp_path: Path, header: str, date: str) -> None:
    assert opening_date(tmp_path, header) == date


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        ("- Advertisement -", True),
        ("ANZEIGE", True),
        ("Advertisement rules", False),
        ("Advertise", False),
        ("Conecta con nosotros", True),
    ],
)
def test_an_advertising_slot_is_its_label_alone(line: str, slot: bool) -> None:
    assert is_top_bar_label(line) is slot


def test_a_clock_glued_to_its_weekday_above_the_headline_is_no_stamp(tmp_path: Path) -> None:
    assert opening_date(tmp_path, "12 марта 2025среда09:15 ч.\n\nГород открыл новый мост\n\nМост открыли утром.") is None


@pytest.mark.parametrize(
    "header",
    [
        # its words apart: a stamp
        "12 марта 2025, среда, 09:15\n\nГород открыл новый мост\n\nМост открыли утром.",
        # glued, but under the headline: the page's stamp the text ran together
        "Город открыл новый мост\n12 марта 2025среда09:15\n\nМост открыли утром.",
    ],
)
def test_a_stamp_with_its_words_apart_or_under_the_headline_stands(tmp_path: Path, header: str) -> None:
    assert opening_date(tmp_path, header) == "2025-03-12"


@pytest.mark.parametrize(
    ("line", "language", "glued"),
    [
        ("4 June 2024Tuesday10:00", "en", True),
        ("15 Март 2025събота18:45 ч.", "bg", True),
        ("Results for 2024Q3 published 4 June 2024", "en", False),
        ("Tuesday, 4 June 2024 10:00", "en", False),
    ],
)
def test_a_glued_clock_is_a_weekday_between_figures(line: str, language: str, glued: bool) -> None:
    assert is_glued_clock(line, language) is glued
