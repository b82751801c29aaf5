"""Review of the Republic of China's years: figures that open a sentence are no such year; only the era's name, a
label for the date, or a three-figure year alone on a header's line makes one. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.published_header import from_header
from conftest import dates_read


@pytest.mark.parametrize("sentence", ["112-03-05號文物已登記。", "98.10.1我们全家去了北京。", "95/3/12那天下雨。"])
def test_figures_opening_a_sentence_are_no_republic_of_china_day(sentence: str) -> None:
    assert [value for _, value in dates_read(sentence, "zh") if value[0] > 2000] == []


def test_labelled_and_era_days_stay_read() -> None:
    assert [value for _, value in dates_read("發布日期：112-03-05", "zh")] == [(2023, 3, 5)]
    assert [value for _, value in dates_read("民國98年10月1日全家去了北京。", "zh")] == [(2009, 10, 1)]


def test_a_labelled_stamp_with_its_time_dates_the_page() -> None:
    published = from_header(["日期：112-03-05 10:30"], "zh")
    assert published is not None and published.date == "2023-03-05"
