"""A day and month hyphened after the word for day ("ngày 24-12.") is Vietnamese papers' way of writing a date: after
a count of days or "each" it is no date ("hai ngày 10-11", over two days; "mỗi ngày 2-3", two or three a day), and
other languages whose word for day comes before a count ("siku 2-3", two or three days) do not read it. Each sentence
is written for the test, on a topic of its own (a harbour's boats)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Thuyền đánh cá ra khơi trong hai ngày 10-11, theo ban quản lý cảng.", "vi"),
        ("Đợt sửa cảng kéo dài 4 ngày 6-9.", "vi"),
        ("Cảng đón thuyền mỗi ngày 3-4.", "vi"),
        ("Boti zilikaa bandarini siku 2-3.", "sw"),
        ("Perahu berlabuh di pelabuhan selama hari 2-4.", "ms"),
        ("Latihan nelayan hari 1-2, di pelabuhan Bitung.", "id"),
    ],
)
def test_a_count_of_days_is_no_date(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


def test_the_hyphened_day_and_month_is_still_a_date() -> None:
    assert dates_read("Cảng mở cửa lại ngày 15-8.", "vi") == [("ngày 15-8", (None, 8, 15))]
