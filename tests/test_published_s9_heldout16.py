"""The publication date a page states, or none, in layouts of issue 14's sixteenth held-out set (a wiki's page
names, a site's world clock, stamps glued to the text in Chinese and Russian, two-digit years of the last
century): each header is written for the test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("stamp", "language", "expected"),
    [
        ("| Publié le 04/03/89", "fr", "1989-03-04"),
        ("| Published 04/03/89", "en", "1989-04-03"),
        ("| Publié le 04/03/24", "fr", "2024-03-04"),
    ],
)
def test_a_two_digit_year_is_never_after_this_year(tmp_path: Path, stamp: str, language: str, expected: str) -> None:
    # no page is published in the future: "89" is 1989, "24" is 2024
    text = f"Accord de pêche signé\n\n{stamp}\n{LEDE[language]}"
    assert published_of(tmp_path, text) == (expected, "header")


@pytest.mark.parametrize(
    ("name", "language"),
    [("Template:Fisheries/2024-03-04", "en"), ("Modèle:Pêche/2024-03-04", "fr"), ("الگو:ماهیگیری/2024-03-04", "fa")],
)
def test_a_date_in_a_page_name_is_no_date_line(tmp_path: Path, name: str, language: str) -> None:
    # a wiki page's name (or a path) holds a date after a word and a slash: the name, not when the page was published
    assert published_of(tmp_path, f"{name}\n\nFisheries\n{LEDE[language]}") == (None, "not-stated")


def test_a_date_in_figures_parted_by_slashes_is_still_a_date(tmp_path: Path) -> None:
    assert published_of(tmp_path, f"Fisheries deal signed\nPosted 2024/03/04\n{LEDE['en']}") == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("clock", "language"),
    [
        ("Friday 19 April 2024 Tehran 11:31", "en"),
        ("جمعه ۳۱ فروردین ۱۴۰۳ تهران ۱۱:۳۱", "fa"),
        ("Пятница, 19 апреля 2024 Москва 11:31", "ru"),
    ],
)
def test_a_world_clock_naming_its_city_states_no_publication(tmp_path: Path, clock: str, language: str) -> None:
    # a city's name before the time: the time in that city when the page was viewed
    assert published_of(tmp_path, f"Fisheries\n{clock}\n\nFisheries deal signed\n{LEDE[language]}") == (None, "not-stated")


def test_a_stamp_with_its_time_is_still_read(tmp_path: Path) -> None:
    text = f"Fisheries\nFriday 19 April 2024 11:31\n\nFisheries deal signed\n{LEDE['en']}"
    assert published_of(tmp_path, text) == ("2024-04-19", "header")


@pytest.mark.parametrize(
    "row",
    ["Petsa 21:53:09, 4 Marso 2024 (UTC) (2024-03-04T21:53:09Z)", "Date 21:53, 4 March 2024 (UTC) (2024-03-04T21:53Z)"],
)
def test_an_infobox_date_with_its_iso_time_marks_a_reference_work(tmp_path: Path, row: str) -> None:
    # MediaWiki's date template prints the ISO date and time after the date for machines: an encyclopedia's infobox
    text = f"Fisheries agreement of Lomé\n{row}\nPlace Lomé\n\n{LEDE['en']}"
    assert published_of(tmp_path, text) == (None, "not-stated")


def test_a_padded_stamp_closed_by_a_colon_is_the_pages(tmp_path: Path) -> None:
    # software pads the day; a chronicle's heading "4 March 2024:" heads what follows
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    assert published_of(tmp_path / "a", f"Fisheries deal signed\n\n04 March 2024 :\n{LEDE['en']}") == ("2024-03-04", "header")
    assert published_of(tmp_path / "b", f"Fisheries deal signed\n\n4 March 2024 :\n{LEDE['en']}") == (None, "not-stated")


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("(Lomé, Accra, 04.03.2024). Le gouvernement a approuvé l'accord de pêche après une longue nuit.", "fr"),
        ("(Lomé, 4 March 2024) The government approved the fisheries agreement after a long night.", "en"),
        ("(Lomé, Accra, 4 marzo 2024). Il governo ha approvato l'accordo sulla pesca dopo una lunga notte.", "it"),
    ],
)
def test_a_dateline_in_parentheses_opening_the_text(tmp_path: Path, opening: str, language: str) -> None:
    assert published_of(tmp_path, f"Fisheries\n\n{opening}\n") == ("2024-03-04", "header")


def test_a_place_and_date_in_parentheses_inside_a_sentence_is_no_dateline(tmp_path: Path) -> None:
    text = "Fisheries\n\nThe ministers met twice (Lomé, 4 March 2024). The government approved the agreement.\n"
    assert published_of(tmp_path, text) == (None, "not-stated")


def test_a_chinese_stamp_with_its_time_glued_and_its_zone(tmp_path: Path) -> None:
    text = f"渔业协定在洛美签署\n2024年3月4日10:05:00(北京时间) –某某新闻网\n\n{LEDE['zh']}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_chinese_headline_stamp_and_fields_glued_to_the_text(tmp_path: Path) -> None:
    text = "洛美签署渔业协定 2024-03-04 10:05:00 作者: 某某 政府在经过一整夜的谈判后批准了渔业协定。该协定将于下月生效。\n"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("![]() 512 Понедельник, 4 Марта, 2024 года, 10:05 Правительство одобрило соглашение о рыболовстве.", "ru"),
        ("![]() 512 Понеділок, 4 Березня, 2024 року, 10:05 Уряд схвалив угоду про рибальство після переговорів.", "uk"),
    ],
)
def test_a_stamp_after_an_empty_image_and_a_count(tmp_path: Path, opening: str, language: str) -> None:
    # an image with no alt text and a count of views have no words: the weekday, date and time are the page's stamp
    assert published_of(tmp_path, f"Соглашение о рыболовстве\n\n{opening}\n") == ("2024-03-04", "header")


def test_a_chinese_cable_after_a_photo_caption(tmp_path: Path) -> None:
    # Chinese prose writes no spaces: a space before the cable parts the caption and its credit from the dateline
    opening = "3月4日,在洛美港,渔民卸下渔获。某社/某社 某某网洛美3月4日电 政府在经过一整夜的谈判后批准了渔业协定。"
    assert published_of(tmp_path, f"洛美签署渔业协定\n\n{opening}\n") == ("--03-04", "dateline")


def test_a_cited_cable_after_a_space_is_another_report(tmp_path: Path) -> None:
    opening = "3月4日,在洛美港,渔民卸下渔获。某社/某社 据某某网洛美3月4日电 政府在经过一整夜的谈判后批准了渔业协定。"
    assert published_of(tmp_path, f"洛美签署渔业协定\n\n{opening}\n") == (None, "not-stated")
