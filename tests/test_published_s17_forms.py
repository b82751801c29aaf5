"""The publication date a page states in forms the seventeenth session's open sets showed: a stamp its template
prints over short lines, a dateline of the date and its place closed by a full stop, an agency's dateline in a
language of the site's other than the page's, and a Chinese page's bracket crediting the outlet whose report it
carries. Each page is written for the test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("stamp", "language"),
    [
        ("Mart 04\n10:05 2024", "tr"),  # the month and day, then the time and the year
        ("Март 04\n10:05\n2024", "ru"),  # the month and day, the time, the year: three lines
        ("04 März\n2024 10:05", "de"),
    ],
)
def test_a_stamp_printed_over_short_lines_is_read_as_one(tmp_path: Path, stamp: str, language: str) -> None:
    text = f"Lomé\n\nFisheries deal signed in Lomé\n{stamp}\n\n{LEDE[language]}\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_word_and_figures_over_a_time_are_no_stamp_without_a_month(tmp_path: Path) -> None:
    # "Chapter 4" names no month: the lines under it are no stamp's
    text = f"Fisheries deal signed in Lomé\nChapter 4\n10:05\n2024\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("4 марта, Ломе. Правительство одобрило соглашение о рыболовстве после долгой ночи переговоров.", "ru"),
        ("4 березня, Ломе . Уряд схвалив угоду про рибальство після довгої ночі переговорів.", "uk"),
    ],
)
def test_a_date_then_its_place_closed_by_a_full_stop_is_a_dateline(tmp_path: Path, opening: str, language: str) -> None:
    text = f"Соглашение о рыболовстве\n\n{opening}\n\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


def test_a_date_then_a_lower_case_word_is_no_dateline(tmp_path: Path) -> None:
    # "4 марта, в Ломе." is a sentence's phrase, no place set off by a comma
    text = f"Соглашение\n\n4 марта, в Ломе. Правительство одобрило соглашение.\n\n{LEDE['ru']}"
    assert published_of(tmp_path, text)[0] is None


def test_an_agencys_dateline_in_the_sites_other_language(tmp_path: Path) -> None:
    # a Basque page whose agency writes its dateline's month in Spanish
    opening = "LOMÉ 4 Abr. (AGENCIA) - Gobernuak arrantza akordioa onartu du negoziazio gau luze baten ondoren."
    rest = "Akordioa hurrengo hilabetean sartuko da indarrean kostaldeko portu guztietan.\n"
    text = f"Arrantza akordioa Lomén\n\n{opening}\n\n{rest}"
    assert published_of(tmp_path, text) == ("--04-04", "dateline")


def test_a_chinese_bracket_crediting_the_report_carried(tmp_path: Path) -> None:
    opening = "【某国渔业新闻网站2024年3月4日报道】2024年3月4日,政府在经过一整夜的谈判后批准了渔业协定。"
    text = f"洛美签署渔业协定\n\n<正>{opening}\n\n{LEDE['zh']}"
    assert published_of(tmp_path, text) == ("2024-03-04", "dateline")


def test_a_chinese_sentence_citing_a_report_is_no_dateline(tmp_path: Path) -> None:
    # unbracketed, "报道" opens a sentence citing another's report: that report's date, not the page's
    opening = "某国渔业新闻网站2024年3月4日报道称,政府在经过一整夜的谈判后批准了渔业协定。"
    text = f"洛美签署渔业协定\n\n{opening}\n\n{LEDE['zh']}"
    assert published_of(tmp_path, text)[0] is None


def test_a_place_and_date_closed_by_a_full_stop_is_a_caption(tmp_path: Path) -> None:
    # "Lomé. 4 March 2024." under a picture says where and when it was taken, not when the page was published
    text = f"Fisheries deal signed\n\nLomé. 4 March 2024.\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text)[0] is None


def test_a_place_and_date_with_a_comma_is_still_a_date_line(tmp_path: Path) -> None:
    text = f"Fisheries deal signed\n\nLomé, 4 March 2024\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Togo The Lomé Weekly, Agency 2024/03/04", "2024-03-04"),  # the sources, then ISO's order padded with zeros
        ("World News Tuesday, 16/4/2024, 10:05 (GMT+1)", "2024-04-16"),  # a section, the weekday, the date, its time
    ],
)
def test_a_software_date_allows_a_stamps_fields(tmp_path: Path, stamp: str, date: str) -> None:
    text = f"Fisheries deal signed\n\n{stamp}\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text) == (date, "header")


def test_a_short_sentence_with_a_date_in_figures_is_no_stamp(tmp_path: Path) -> None:
    # prose writes its date with no time beside it: the words around it are a sentence's
    text = f"Fisheries deal signed\n\nThe ministers met in Lomé on the beach 4/3/2024\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text)[0] is None


def test_a_bylines_closing_initial_glued_to_the_day(tmp_path: Path) -> None:
    # "A. MensahK4 March 2024": the byline's initial, then the day of the page's date, glued by the scraper
    text = f"Fisheries deal signed\n\nAdmin.MensahK4 March 2024\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_code_before_a_month_is_no_glued_byline(tmp_path: Path) -> None:
    # capitals before the figures are a code's ("Flight MH17 July 2014"): no day of a date
    text = f"Fisheries deal signed\n\nFlight MH17 July 2014\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text)[0] is None
