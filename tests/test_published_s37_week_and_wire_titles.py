"""Titles that state the page's day: a weekly page's "Week ending" running into the weekday and whole date it covers
up to ("Harbour Notes - Week ending Friday, March 8, 2024"), and a wire item whose agency's name in parentheses and a
dash open its dateline, the text hard-wrapped under it so that the loader reads its first line as the headline
("(ANSA) - LOMÉ, 04 MAR - Secondo …"). Other words before a weekday's date and a place's date with no agency opening it
state none. Texts written for the test (a new quay in a port), none from an evaluation set."""

from __future__ import annotations

import pytest
from conftest import opening_date, published_of

MENU = "Harbour Notes Main Page Previous Weeks Message Board"
LEDE = "The fishermen opened the new quay at the port after two years of works and long talks with the region.\n"
WRAPPED = (
    ' - Secondo il sindaco sono stati fatti\n"grandi progressi" nei lavori del nuovo molo del porto, dopo\ndue anni di '
    'cantiere e lunghe trattative con la regione. "È\nun giorno di festa", ha detto ai giornalisti presenti in città'
)


def test_a_weekly_title_names_the_last_day_it_covers(tmp_path) -> None:
    page = f"{MENU}\nHarbour Notes - Week ending Friday, March 8, 2024\n\n{LEDE}"
    assert published_of(tmp_path, page)[0] == "2024-03-08"


def test_other_words_before_a_weekday_s_date_name_no_page_day(tmp_path) -> None:
    page = f"{MENU}\nHarbour Notes - Storm ending Friday, March 8, 2024\n\n{LEDE}"
    assert published_of(tmp_path, page)[0] is None


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("(ANSA) - LOMÉ, 04 MAR", "--03-04"),  # the agency first, then the place and the day
        ("Il molo di Lomé, 04 marzo", None),  # a headline's place and day, no agency
    ],
)
def test_an_agency_opening_a_wrapped_wire_dates_it(tmp_path, dateline: str, day: str | None) -> None:
    assert opening_date(tmp_path, dateline + WRAPPED) == day
