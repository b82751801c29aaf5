"""Arabic names a day of the month a date before it stated as "19 من الشهر ذاته" (the 19th of the same month),
"من الشهر نفسه", "من نفس الشهر": a day of that month, as a day alone after a stated month is; with no month before
it in the sentence, a day of the month alone counted from the day of writing; never "من الشهر الجاري" (this month),
which stays the month of writing's. Sentences written for the test (a harbour's reopening)."""

from __future__ import annotations

from conftest import dates_read


def test_a_day_of_the_month_stated_before() -> None:
    found = dates_read("أغلق الميناء في 3 آذار/ مارس، وأعيد فتحه في 19 من الشهر ذاته.", "ar")
    assert found == [("3 آذار/ مارس", (None, 3, 3)), ("19 من الشهر ذاته", (None, 3, 19))]
    found = dates_read("أغلق الميناء في 3 مارس، وأعيد فتحه في 21 من نفس الشهر.", "ar")
    assert found[-1] == ("21 من نفس الشهر", (None, 3, 21))


def test_no_month_before_or_this_month() -> None:
    assert dates_read("أعيد فتح الميناء في 19 من الشهر ذاته.", "ar") == [("19 من الشهر ذاته", "day-of-month")]
    assert dates_read("أعيد فتح الميناء في 19 من الشهر الجاري.", "ar") == [("19 من الشهر الجاري", "this-month-day")]
    assert dates_read("وصل الشهر ذاته 19 سفينة.", "ar") == []
