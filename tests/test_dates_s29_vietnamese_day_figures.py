"""Vietnamese days in figures as newspapers write them: a range of days before the slash and its month ("21-27/8",
day first, as CLDR's short format orders them), and a day and month hyphened after the word for day ("ngày 24-12")
where the clause ends with them. Each sentence is written for the test, on a topic of its own (a town's book fair)."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Hội chợ sách diễn ra từ 12-18/9 tại nhà văn hóa thị trấn.", (None, 9, 12), (None, 9, 18)),
        ("Hội chợ sách lần trước kéo dài 3-9/10/2022.", (2022, 10, 3), (2022, 10, 9)),
    ],
)
def test_a_range_of_days_before_the_slash_and_its_month(sentence: str, first: tuple, last: tuple) -> None:
    assert [(value, end) for _, value, end in dates_read(sentence, "vi")] == [(first, last)]


def test_no_range_with_the_last_day_first() -> None:
    """The dates a reader is shown: those that name a real day (no range, no day: marked invalid)."""
    assert [d.text for d in find_dates("Hội chợ sách có 9-3/4 gian hàng.", "vi") if not d.invalid] == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Hội chợ sách của thị trấn khai mạc ngày 24-12.", (None, 12, 24)),
        ("Ngày 5-9, hội chợ sách của thị trấn đóng cửa.", (None, 9, 5)),
    ],
)
def test_a_day_and_month_hyphened_after_the_word_for_day(sentence: str, day: tuple) -> None:
    assert [value for _, value in dates_read(sentence, "vi")] == [day]


def test_before_a_month_word_the_hyphen_joins_two_days() -> None:
    """ "ngày 10-11 tháng 5": the 10th and 11th of May, not 10 November."""
    found = dates_read("Hội chợ sách của thị trấn mở cửa ngày 10-11 tháng 5 tới.", "vi")
    assert [(value, end) for _, value, end in found] == [((None, 5, 10), (None, 5, 11))]
