"""Event-date rules the eighteenth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule. Every sentence is written for the tests, on a lighthouse and its keepers; the accuracy on real
articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

from conftest import dates_read as read


def test_a_count_before_the_following_year_is_a_span() -> None:
    # "two years later" counts from the event told: no date; "the following year" alone is one
    assert read("دو سال بعد نگهبان فانوس را ترک کرد.", "fa") == []
    assert read("۳ سال بعد نگهبان فانوس را ترک کرد.", "fa") == []
    assert read("در سال بعد نگهبان فانوس را ترک کرد.", "fa") == [("سال بعد", "following-year")]


def test_the_year_right_after_the_words_for_last_year_is_stated() -> None:
    # "last year 2012": the year is stated, the words only describe it
    assert read("أعيد افتتاح المنار السنة الماضية 2012 بعد ترميمه.", "ar") == [("2012", (2012, None, None))]
    assert read("أعيد افتتاح المنار العام الماضي، 2012، بعد ترميمه.", "ar") == [("2012", (2012, None, None))]


def test_a_chinese_days_number_after_a_word_of_duration_is_a_count() -> None:
    # "after five days of searching", "a three-day inspection": no day of the month
    assert read("历经 5 日搜救后,海岸警卫队于 2023 年 6 月 23 日找到了灯塔看守人。", "zh") == [
        ("2023 年 6 月 23 日", (2023, 6, 23))
    ]
    assert read("为期3日的检查结束了。", "zh") == []
    assert read("看守人5日下午离开了灯塔。", "zh") == [("5日", "day-of-month")]


def test_a_weekday_before_a_verb_in_the_future_tense_is_one_to_come() -> None:
    # "the handover will take place on Friday": the next Friday after the date of writing, not the last one
    assert read("У п'ятницю відбудеться передача ключів від маяка.", "uk") == [("У п'ятницю", "next-weekday")]
    assert read("В пятницу состоится передача ключей от маяка.", "ru") == [("В пятницу", "next-weekday")]
    # in the past tense, the last one
    assert read("У п'ятницю відбулася передача ключів від маяка.", "uk") == [("У п'ятницю", "weekday")]
