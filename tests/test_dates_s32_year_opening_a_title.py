"""A bare year right after the mark that opens a Chinese title ("《2008年…计划》", a plan's, report's or law's name)
is part of that name, no date the text states; the same year outside the marks, and a whole day inside them, stay
dates. Sentences written for the test (a library's plan)."""

from __future__ import annotations

from conftest import dates_read


def test_a_year_opening_a_title_is_no_date() -> None:
    assert dates_read("《2008年图书馆发展计划》已经市政府同意。", "zh") == []
    assert dates_read("〈2019年图书馆年报〉已经公布。", "zh") == []


def test_a_year_outside_the_marks_or_a_day_inside_stays_a_date() -> None:
    assert dates_read("图书馆发展计划于2008年通过。", "zh") == [("2008", (2008, None, None))]
    assert dates_read("他在2008年写了《图书馆》。", "zh") == [("2008", (2008, None, None))]
    assert dates_read("《2023年3月5日会议纪要》已经公布。", "zh") == [("2023年3月5日", (2023, 3, 5))]
