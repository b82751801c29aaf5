"""Dates Chinese official pages print on lines of their own: a notice's signature date written in characters, its
zeros often typed as white circles ("二○○七年九月十八日"), its year before a month and day in numerals; and Taiwan's
Minguo day with no era's name alone on a header's line ("113年06月21日"), as the Presidential Office dates a release.
Sentences and pages written for the test, on a topic of their own (a library)."""

from __future__ import annotations

from pathlib import Path

from briefing.published_header import from_header
from conftest import dates_read, opening_date


def test_a_signature_date_in_characters_is_one_day() -> None:
    assert dates_read("二○○七年九月十八日", "zh") == [("二○○七年九月十八日", (2007, 9, 18))]
    assert dates_read("二〇一九年十二月五日", "zh") == [("二〇一九年十二月五日", (2019, 12, 5))]
    assert dates_read("图书馆于2015年六月一日开放。", "zh") == [("2015年六月一日", (2015, 6, 1))]


def test_a_form_s_blanks_and_a_count_are_no_date() -> None:
    assert dates_read("○○○○年○○月○○日", "zh") == []  # a form's blanks, no year
    assert dates_read("三十年来图书馆藏书增加了一倍。", "zh") == []  # thirty years, a count
    assert dates_read("图书馆三月二十四日开放。", "zh") == [("三月二十四日", (None, 3, 24))]  # no year stated


def test_a_minguo_day_alone_on_its_line() -> None:
    assert dates_read("113年06月21日", "zh") == [("113年06月21日", (2024, 6, 21))]
    published = from_header(["113年06月21日"], "zh")
    assert published is not None and published.date == "2024-06-21"


def test_a_three_figure_year_inside_a_sentence_is_no_minguo_day() -> None:
    """Only a line that is the stamp alone: a sentence's "114年3月5日" may be the year 114."""
    assert dates_read("据史书记载,公元114年3月5日城中大雪。", "zh") == [("3月5日", (None, 3, 5))]


def test_the_stamps_date_the_page(tmp_path: Path) -> None:
    header = "新聞與活動\n\n圖書館新聞\n\n113年06月21日\n圖書館延長開放時間 方便學生讀書\n\n"
    header += "館長今天宣布延長開放時間,方便學生讀書。"
    assert opening_date(tmp_path, header) == "2024-06-21"
