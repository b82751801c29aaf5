"""A part of this day before a day and month in figures ("Sáng nay 3/6", this morning, the 3rd of June), as a
Vietnamese news report opens: that day, one date, as "hôm nay 3/6" (today, the 3rd of June) is. Each sentence is
written for the test, on a topic of its own (a city's festival)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Sáng nay 3/6, thành phố khai mạc lễ hội hoa.", "Sáng nay 3/6"),
        ("Tối nay (3/6), lễ hội hoa có chương trình ca nhạc.", "Tối nay (3/6)"),
        ("Hôm nay 3/6, thành phố khai mạc lễ hội hoa.", "Hôm nay 3/6"),
    ],
)
def test_the_part_of_this_day_and_its_date_are_one_date(sentence: str, text: str) -> None:
    assert dates_read(sentence, "vi") == [(text, (None, 6, 3))]


def test_the_part_of_this_day_alone_is_today() -> None:
    assert dates_read("Sáng nay, thành phố khai mạc lễ hội hoa.", "vi") == [("Sáng nay", "day+0")]
