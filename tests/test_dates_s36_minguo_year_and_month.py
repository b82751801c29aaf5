"""Taiwan's offices write the Republic of China's year of three figures before a month in running text, with no
era's name ("111年8月即公告", announced in August of year 111, i.e. 2022): read as that Minguo year and month (or
day), never where an era's word says the year is another ("公元113年", AD 113; "前113年", 113 BC), a count of
years without a month, or a number with a thousands comma. Sentences written for the test (a harbour's rules)."""

from __future__ import annotations

from conftest import dates_read


def test_a_minguo_year_before_a_month_in_running_text() -> None:
    assert dates_read("交通部表示,112年3月起實施新的港口規定。", "zh") == [("112年3月", (2023, 3, None))]
    assert dates_read("新規定於113年06月21日生效。", "zh") == [("113年06月21日", (2024, 6, 21))]


def test_no_minguo_year_where_the_era_or_the_count_says_otherwise() -> None:
    assert dates_read("公元113年6月,港口建成。", "zh") == []  # review B 1: a month after a year in figures is none alone
    assert dates_read("前113年6月,港口建成。", "zh") == []  # review B 1: a month after a year in figures is none alone
    assert dates_read("這座港口已使用113年。", "zh") == []
    assert dates_read("港口共有1,112年3月的紀錄。", "zh") == []  # review B 1: a month after a year in figures is none alone
