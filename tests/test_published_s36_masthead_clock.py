"""A site's masthead prints the day the page is viewed at its top, before the menu: over a trail of sections
("Home » Society » …") or over the menu's link to all its articles ("All news", "전체기사"). Such a date line,
before any headline or text, is the site's clock, not the day the page went up; a date under the trail or the
menu link, beside the headline, and a stamp with its hour stay the page's. Pages written for the test (a town's
allotment gardens)."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

BODY_EN = (
    "The allotment society opened twelve new plots beside the river this spring. Members share tools and water "
    "butts, and the waiting list has shortened for the first time in years."
)
BODY_KO = "구청은 올봄 강변에 주말농장 열두 곳을 새로 열었다. 회원들은 농기구와 빗물통을 함께 쓰고 있다."


def test_a_date_over_a_trail_of_sections_is_the_sites_clock(tmp_path: Path) -> None:
    page = "Friday, 4 April 2025\nHome » Community » Gardens\nNew plots open by the river\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] is None


def test_a_date_under_the_trail_is_the_pages(tmp_path: Path) -> None:
    page = "Home » Community » Gardens\nFriday, 4 April 2025\nNew plots open by the river\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] == "2025-04-04"


def test_a_stamp_with_its_hour_over_the_trail_stays_the_pages(tmp_path: Path) -> None:
    page = "04.04.2025, 10:15\nNews | Community | Gardens\nNew plots open by the river\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] == "2025-04-04"


def test_a_date_under_the_headline_and_trail_stays_the_pages(tmp_path: Path) -> None:
    page = "New plots open by the river\nHome » Community » Gardens\n4 April 2025\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] == "2025-04-04"


def test_a_date_over_the_menus_all_articles_link_is_the_sites_clock(tmp_path: Path) -> None:
    page = "2025년 4월 4일 금요일\n전체기사 지난 기사\n강변 주말농장 새로 열어\n"
    assert published_of(tmp_path, f"{page}\n{BODY_KO}\n")[0] is None


def test_a_date_over_all_news_is_the_sites_clock(tmp_path: Path) -> None:
    page = "Friday, 4 April 2025\nAll news\nNew plots open by the river\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] is None


def test_a_date_under_the_all_news_link_stays_the_pages(tmp_path: Path) -> None:
    page = "All news\nFriday, 4 April 2025\nNew plots open by the river\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] == "2025-04-04"


def test_the_words_inside_a_headline_are_no_menu(tmp_path: Path) -> None:
    page = "Friday, 4 April 2025\nAll news outlets praise the new plots by the river\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] == "2025-04-04"
