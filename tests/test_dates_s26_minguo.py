"""Days of the Republic of China's calendar, as Taiwan's offices date their pages: a year of two or three figures
counted from 1912 after the era's name ("民國111年11月26日") or after a label for the date ("日期:111-11-23"), and
such a stamp as a page's publication date. Sentences written for the test, on a topic of their own (a museum)."""

from __future__ import annotations

import pytest
from briefing.published_header import from_header
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("博物館於民國112年3月5日重新開放。", (2023, 3, 5)),  # the era's name, then year, month and day
        ("日期:113-05-20", (2024, 5, 20)),  # a label for the date, then the figures
        ("發布日期：110/12/01", (2021, 12, 1)),  # a full-width colon and slashes
    ],
)
def test_a_republic_of_china_day(sentence: str, day: tuple) -> None:
    assert [value for _, value in dates_read(sentence, "zh")] == [day]


@pytest.mark.parametrize("sentence", ["博物館藏品編號111-11-23已登記。", "館內展出第113-05-20號文物。"])
def test_short_figures_without_a_label_are_no_date(sentence: str) -> None:
    """A catalogue number of the same shape inside a sentence: no label, no era, no date."""
    assert dates_read(sentence, "zh") == []


def test_the_labelled_stamp_dates_the_page() -> None:
    published = from_header(["日期:112-03-05"], "zh")
    assert published is not None and published.date == "2023-03-05"
