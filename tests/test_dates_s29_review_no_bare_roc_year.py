"""A year of three figures before a month, with no era's name ("105年8月"), is no Republic of China year in Chinese
text at large: mainland history writes ancient years so, with or without "公元" (and a space after it), and counts of
years run into a month ("建党100年3月份"). Only the month is read. Each sentence is written for the test, on a topic of
its own (a river's old bridges)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "李冰于110年6月主持修建了这座石桥。",
        "汉朝在121年4月修复了河上的木桥。",
        "公元 107年9月，河水冲毁了旧桥。",
        "建桥100年5月份，沿岸举行纪念活动。",
    ],
)
def test_a_bare_three_figure_year_before_a_month_is_no_minguo_year(sentence: str) -> None:
    assert not any(day[0] and day[0] > 2000 for _, day in dates_read(sentence, "zh"))
