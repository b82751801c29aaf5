"""Publication dates on pages of outlets nobody tuned for (issue 14, item 5): each text is written for the test, on
a topic of its own (a town's new bridge)."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates
from conftest import published_of


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Köprü 17 NİSAN 2024 günü açıldı.", "tr", (2024, 4, 17)),  # "İ" is i's capital
        ("Köprü 7 MAYIS 2024 günü açıldı.", "tr", (2024, 5, 7)),  # "I" is ı's capital
        ("Körpü 3 İYUN 2024 tarixində açıldı.", "az", (2024, 6, 3)),
    ],
)
def test_a_month_in_capitals_is_read_as_a_dotless_i_language_pairs_its_letters(text: str, language: str, found) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text, language)] == [found]


def test_an_update_line_in_turkish_capitals_dates_the_page(tmp_path) -> None:
    text = (
        "Yeni köprü açıldı\nSon Güncelleme: 9 EKİM 2024 - TSİ 10:15\n"
        "Belediye yeni köprüyü törenle açtı. Köprü iki mahalleyi birbirine bağlıyor.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-10-09"


def test_an_agency_named_after_a_comma_closes_a_dateline(tmp_path) -> None:
    # the agency's name in capitals and a full stop after the date, set off by a comma as the place is
    text = "New bridge opens\n\nTIRANA, MARCH 4, BRIDGENEWS. The town opened its new bridge over the river on Monday.\n"
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


def test_a_source_and_date_in_parentheses_before_a_dash_date_the_page(tmp_path) -> None:
    text = (
        "New bridge opens\n\n(TBC; March 4, 2024) - The town opened its new bridge over the river, the mayor said."
        " It links two districts.\n"
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_date_in_parentheses_after_words_is_no_stamp(tmp_path) -> None:
    # a sentence's aside, not a stamp opening the text
    text = (
        "New bridge opens\n\nThe town opened its new bridge (the old one, March 4, 2024) - after years of delay."
        " It links two districts.\n"
    )
    assert published_of(tmp_path, text)[0] is None


def test_a_masthead_clock_in_two_calendars_above_the_headline_is_not_the_pages_date(tmp_path) -> None:
    # today's date, Gregorian and Hijri, over the site's name: the time the page was viewed
    text = (
        "الخميس 7 مارس 2024 10:15 صـ 26 شعبان 1445 هـ\nجريدة الجسر\n\nافتتاح الجسر الجديد\n\n"
        "افتتحت البلدية الجسر الجديد فوق النهر. ويربط الجسر حيين في المدينة.\n"
    )
    assert published_of(tmp_path, text)[0] is None


def test_a_stamp_in_two_calendars_under_the_headline_still_dates_the_page(tmp_path) -> None:
    text = (
        "الخميس 7 مارس 2024 10:15 صـ 26 شعبان 1445 هـ\nجريدة الجسر\n\nافتتاح الجسر الجديد\n\n"
        "الثلاثاء 5 مارس 2024 08:04 مـ 24 شعبان 1445 هـ\n\n"
        "افتتحت البلدية الجسر الجديد فوق النهر. ويربط الجسر حيين في المدينة.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-03-05"


def test_a_stamp_in_figures_is_read_in_the_order_the_text_dates_that_day(tmp_path) -> None:
    # "04/03/2024" is 3 April in American order, but the text states 4 March and never 3 April
    text = (
        "The new bridge opens\n\n04/03/2024 - 10:15\n\n"
        "The town opened its new bridge on 4 March 2024, the mayor said. It links two districts.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-03-04"


def test_a_stamp_in_figures_keeps_its_order_when_the_text_states_no_other_day(tmp_path) -> None:
    text = "The new bridge opens\n\n04/03/2024 - 10:15\n\nThe town opened its new bridge, the mayor said. It links two towns.\n"
    assert published_of(tmp_path, text)[0] == "2024-04-03"
