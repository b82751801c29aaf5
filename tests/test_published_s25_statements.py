"""Publication dates of official statements and briefings: the dateline closing a briefing's heading ("…,
Moscow, October 12, 2017") and a dateline set on two lines, the city over its day ("New York" over "24 October
2019"). Each text is written for the test, on a topic of its own (a ministry's briefing on a bridge treaty, a
message for a world day of rivers)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Briefing by the Foreign Ministry Spokesperson Anna Petrova, Moscow, March 4, 2021", "2021-03-04"),
        ("Брифинг официального представителя МИД А.И.Петровой, Москва, 4 марта 2021 года", "2021-03-04"),
        ("Point de presse du porte-parole du ministère, Paris, 4 mars 2021", "2021-03-04"),
    ],
)
def test_the_dateline_closing_a_briefings_heading_dates_the_page(tmp_path, heading: str, found: str) -> None:
    body = {
        "Briefing": "The two governments will sign the bridge treaty next week. The bridge will cross the river.",
        "Брифинг": "Правительства двух стран подпишут договор о мосте на следующей неделе. Мост пересечёт реку.",
        "Point": "Les deux gouvernements signeront le traité sur le pont la semaine prochaine. Le pont franchira le fleuve.",
    }[heading.split()[0]]
    assert published_of(tmp_path, f"{heading}\n\n{body}\n")[0] == found


def test_a_day_a_headline_reports_after_a_place_that_names_no_city_dates_no_page(tmp_path) -> None:
    """A headline that closes on the day it reports, its place a country, not a city that names a time zone."""
    text = (
        "Floods reach the delta, Bangladesh, March 4, 2021\n\n"
        "The river rose for a week. The water reached the delta on that day. Farmers moved their herds.\n"
    )
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize(
    ("place", "day", "found"),
    [("New York", "12 April 2022", "2022-04-12"), ("Paris", "12 avril 2022", "2022-04-12")],
)
def test_a_city_alone_over_a_day_alone_is_a_dateline_on_two_lines(tmp_path, place: str, day: str, found: str) -> None:
    title, body = {
        "New York": (
            "Message for the World Day of Rivers",
            "Rivers feed the cities that stand beside them. This day asks every government to keep them clean.",
        ),
        "Paris": (
            "Message pour la Journée mondiale des fleuves",
            "Les fleuves nourrissent les villes qui les bordent. Cette journée demande aux gouvernements de les protéger.",
        ),
    }[place]
    assert published_of(tmp_path, f"{place}\n\n{day}\n\n{title}\n\n{body}\n")[0] == found


def test_a_day_alone_over_a_headline_with_no_city_above_it_stays_a_chronicles_heading(tmp_path) -> None:
    text = (
        "12 April 2022\n\nThe great flood of the river\n\n"
        "The river rose for a week. The water reached the delta. Farmers moved their herds to the hills.\n"
    )
    assert published_of(tmp_path, text)[0] is None
