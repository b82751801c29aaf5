"""A Minguo year of three figures (Taiwan's calendar: its year 112 is 2023) right before its month in running
text, with or without the day ("112年3月起實施"): that month of the Gregorian year, not the month alone in the
page's year. Not after "公元" (AD 112 is a Gregorian year of three figures), "前" (BC) or "第" (an ordinal), and not
a count of years and months ("110年3個月"). Sentences written for the test (a city's recycling rules)."""

from __future__ import annotations

from conftest import dates_read


def test_a_minguo_year_before_its_month_dates_it() -> None:
    assert dates_read("市政府表示,112年3月起將實施新的回收規定。", "zh") == [("112年3月", (2023, 3, None))]
    assert dates_read("新制於113年7月1日正式上路。", "zh") == [("113年7月1日", (2024, 7, 1))]


def test_an_era_before_the_year_a_count_or_an_ordinal_is_no_minguo_year() -> None:
    assert dates_read("公元112年3月,皇帝下詔修建運河。", "zh") == [("3月", (None, 3, None))]
    assert dates_read("前112年3月,漢軍出征。", "zh") == [("3月", (None, 3, None))]
    assert dates_read("這座回收廠已運作110年3個月。", "zh") == []
    assert dates_read("第112年3月號的月刊介紹了回收規定。", "zh") == [("3月", (None, 3, None))]
