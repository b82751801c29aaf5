"""Taiwan's offices write the Republic of China's year without the era's name before a month ("111年8月" is August
2022); a three-figure Gregorian year is an ancient one, written after the common era's words ("公元105年8月"). Each
sentence is written for the test, on a topic of its own (a town's new library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("圖書館表示,111年8月起延長開放時間。", "111年8月", (2022, 8, None)),
        ("新館預計於113年3月5日啟用。", "113年3月5日", (2024, 3, 5)),
        ("图书馆于110年12月完成改建。", "110年12月", (2021, 12, None)),
    ],
)
def test_a_minguo_year_with_its_month_and_no_era(sentence: str, text: str, day: tuple) -> None:
    assert dates_read(sentence, "zh") == [(text, day)]


@pytest.mark.parametrize(
    "sentence",
    ["公元105年8月,蔡伦改进了造纸术,图书得以流传。", "西元105年8月,書籍開始流傳。", "2011年8月图书馆开馆。"],
)
def test_no_minguo_year_after_the_common_era_or_inside_a_longer_year(sentence: str) -> None:
    assert not any(text.startswith(("105", "011")) for text, _ in dates_read(sentence, "zh"))
