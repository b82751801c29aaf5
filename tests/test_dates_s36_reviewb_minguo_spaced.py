"""Review B 1: a year of three figures and a month after a word are a count (a prison term, an anniversary), even
with a space between ("刑期為 112年8月", "建校 105年3月"), and the month after such a year is no month of its own
either ("徒刑共計109年5月"). A Minguo year after punctuation or a word of time ("於 113年3月"), a year of four
figures ("2023年8月") and "last year's" month ("去年8月") are still read. Sentences written for the test (a court,
a school, a harbour)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "text",
    [
        "被告遭判處有期徒刑共計109年5月,並科罰金。",
        "法院裁定刑期為 109年5月,不得易科罰金。",
        "這所中學建校 105年3月舉辦校友大會。",
    ],
)
def test_a_count_of_years_and_months_is_no_date(text: str) -> None:
    assert dates_read(text, "zh") == []


def test_a_minguo_month_or_a_gregorian_one_is_still_read() -> None:
    assert dates_read("港務局於 113年3月公布新規定。", "zh") == [("113年3月", (2024, 3, None))]
    assert dates_read("港口在2023年8月擴建。", "zh") == [("2023年8月", (2023, 8, None))]
    assert [t for t, _ in dates_read("去年8月,港口擴建。", "zh")] == ["去年8月"]
