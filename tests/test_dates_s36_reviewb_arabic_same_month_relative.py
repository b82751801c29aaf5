"""Review B 7: an Arabic day "of the same month" after a month named relatively ("أبريل الماضي", last April),
itself after a full date, is no day of the earlier date's month: the nearer month is the one meant, so the
earlier one gives it nothing (the day is read as a day of the month alone). With only a stated month before it,
it is still that month's day. Sentences written for the test (a bridge)."""

from __future__ import annotations

from conftest import dates_read


def test_a_relative_month_in_between_takes_the_earlier_month_away() -> None:
    text = "أغلقت البلدية الجسر في 5 يناير، وفي فبراير الماضي أعيد فتحه في 12 من الشهر ذاته."
    assert ("12 من الشهر ذاته", (None, 1, 12)) not in dates_read(text, "ar")


def test_the_stated_month_alone_still_gives_its_day() -> None:
    text = "أغلقت البلدية الجسر في 5 يناير، وأعيد فتحه في 12 من الشهر ذاته."
    assert dates_read(text, "ar")[-1] == ("12 من الشهر ذاته", (None, 1, 12))
