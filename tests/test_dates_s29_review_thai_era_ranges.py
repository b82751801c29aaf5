"""A range of years of the Thai Buddhist era joined by a dash ("2563-2565") is read whole, both years in the
Gregorian calendar, as a Gregorian range is ("2019-2021"). Each sentence is written for the test, on a topic of its
own (a province's rubber harvest)."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        # rubber prices fell in 2021-2023
        ("ราคายางพาราในจังหวัดลดลงในช่วงปี 2564-2566 ตามความต้องการของตลาด", "2564-2566", 2021, 2023),
        # the rubber harvest of 2018–2020, with an en dash
        ("ผลผลิตยางพาราปี 2561–2563 เพิ่มขึ้นทุกปี", "2561–2563", 2018, 2020),
    ],
)
def test_a_dashed_range_of_buddhist_era_years(sentence: str, text: str, first: int, last: int) -> None:
    found = [(d.text, d.year, d.last) for d in find_dates(sentence, "th")]
    assert found == [(text, first, (last, None, None))]


def test_a_dashed_range_of_counts_after_it_is_no_range() -> None:
    # 2500-2600 households grow rubber
    found = find_dates("ในจังหวัดมีผู้ปลูกยางพารา 2500-2600 ครัวเรือน", "th")
    assert [d.text for d in found] == []
