"""A Minguo year and month in running Chinese with no day stands after punctuation, a space or a word of time
("，112年9月即實施", "於113年3月公布"); after another word the figures may count years and months (a prison term
"刑期合計105年7月", an anniversary "開館110年5月"), so there the month is read alone, as before. With its day the
date is read after any word ("判決日期112 年 03 月 09 日"). Sentences written for the test (a court, a museum)."""

from __future__ import annotations

from conftest import dates_read


def test_a_count_of_years_and_months_is_no_minguo_date() -> None:
    assert (
        dates_read("法院判處被告有期徒刑合計108年4月,並科罰金。", "zh") == []
    )  # review B 1: a month after a year in figures is none alone
    assert (
        dates_read("這座博物館開館110年5月將舉辦特展。", "zh") == []
    )  # review B 1: a month after a year in figures is none alone
    assert dates_read("他的刑期共計103年6月。", "zh") == []  # review B 1: a month after a year in figures is none alone


def test_a_minguo_date_after_punctuation_a_word_of_time_or_with_its_day() -> None:
    assert dates_read("文化部表示,112年9月即實施新制。", "zh") == [("112年9月", (2023, 9, None))]
    assert dates_read("交通部於113年3月公布統計。", "zh") == [("113年3月", (2024, 3, None))]
    assert dates_read("判決日期112 年 03 月 09 日。", "zh") == [("112 年 03 月 09 日", (2023, 3, 9))]
