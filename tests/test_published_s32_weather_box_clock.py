"""Masthead furniture above the headline that dates no page: a weather box's days under the words for today and
tomorrow alone ("dnes", "zítra", dateparser's); a clock's second line, marked
and labelled like the "Today:" line above it, giving the same day in another calendar; a clock giving the day in a
calendar of its own beside the Gregorian date in English; a file's name that glues a date between words
("vlcsnap-2017-04-01-16h46m54s71"); and a date the words for tomorrow or yesterday open ("Утре, 14 март 2025").
Each opening is written for the test and read as the build reads a page's first lines alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.published_lines import is_date_line, is_file_name
from briefing.published_opening import from_opening
from conftest import opening_date


@pytest.mark.parametrize(
    "header",
    [
        "21°\ndnes\n3.4.2024\n15°/9°\nzítra\n4.4.2024\nRadnice otevřela nové hřiště u řeky.",
        "• امروز : سه شنبه - ۱۵ خرداد - ۱۴۰۳\n• برابر با : Tuesday - 4 June - 2024\n\nبازار\n\nقیمت میوه در میدان تره‌بار",
        "३ जेठ २०८१, बिहीबार | Thu May 16 2024\n\nनगरपालिकाले नयाँ पुल बनायो\n\nस्थानीय समाचार",
    ],
)
def test_a_weather_box_and_a_two_calendar_clock_are_not_the_pages_date(tmp_path: Path, header: str) -> None:
    assert opening_date(tmp_path, header) is None


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # a byline's name over its date: a capital opens it, no weather box's lower-case word
        ("Radnice otevřela nové hřiště u řeky\n\nDnes\n3.4.2024", "2024-04-03"),
        # a masthead's temperature over its date, with no word for today or tomorrow: that date stands
        ("14°\nÚterý 3. dubna 2024\nRadnice otevřela nové hřiště u řeky", "2024-04-03"),
        # a "Today:" line over a byline's stamp, marked differently: the stamp stands
        ("• Today: Tuesday, 4 June 2024\n\nCity opens a new bridge\n\nPosted 3 June 2024", "2024-06-03"),
    ],
)
def test_a_pages_stamp_without_such_furniture_still_dates_it(tmp_path: Path, header: str, date: str) -> None:
    assert opening_date(tmp_path, header) == date


@pytest.mark.parametrize("line", ["vlcsnap-2017-04-01-16h46m54s71", "scan_2019-05-02_p3"])
def test_a_name_gluing_a_date_between_words_is_a_files(line: str) -> None:
    assert is_file_name(line)


@pytest.mark.parametrize("line", ["Posted 2017-04-01", "2017-04-01 16:46", "Report-2017 April"])
def test_a_spaced_date_is_no_files_name(line: str) -> None:
    assert not is_file_name(line)


def test_a_file_name_is_no_date_line() -> None:
    assert not is_date_line("vlcsnap-2017-04-01-16h46m54s71")
    assert is_date_line("Updated 2017-04-01 16:46")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Утре, 14 март 2025 година (петок) – 10:00 часот во салата, градоначалникот ќе го отвори саемот", "mk"),
        ("Завтра, 14 марта 2025, 10:00 В центре города откроется ярмарка", "ru"),
        ("Вчера, 14 марта 2025, 10:00 В центре города открылась ярмарка", "ru"),
    ],
)
def test_a_date_that_tomorrow_or_yesterday_opens_is_no_stamp(text: str, language: str) -> None:
    assert from_opening(text, language) is None


def test_a_weekday_and_date_opening_the_text_is_still_its_stamp() -> None:
    found = from_opening("Пятница, 14 марта 2025, 10:00 В центре города открылась ярмарка", "ru")
    assert found is not None and found.date == "2025-03-14"
