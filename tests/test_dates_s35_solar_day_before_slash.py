"""A Solar Hijri day, then a slash, then the Gregorian day it is ("۲۳ میزان/۱۵ اکتبر", as Afghan pages write
both): both are read, the Solar Hijri month also where its name is a common word ("میزان", a level), since the
Gregorian day beside it must be one that day falls on. A slash after figures stays a fraction's or a code's, and a
Solar Hijri day whose Gregorian day beside it is another is not read. Sentences written for the test (a flood)."""

from __future__ import annotations

from conftest import dates_read


def test_a_solar_day_before_a_slash_and_its_gregorian_day() -> None:
    found = dates_read("سیلاب روز شنبه ۲۳ میزان/۱۵ اکتبر چند روستا را ویران کرد.", "fa")
    assert ("۲۳ میزان", (None, 10, 15)) in found and ("۱۵ اکتبر", (None, 10, 15)) in found
    assert dates_read("سیلاب ۲۳ میزان/۱۵ اکتبر چند روستا را ویران کرد.", "fa") == [
        ("۲۳ میزان", (None, 10, 15)),
        ("۱۵ اکتبر", (None, 10, 15)),
    ]


def test_a_hijri_year_before_a_slash_and_the_gregorian_day() -> None:
    found = dates_read("وقع الفيضان في 1 ربيع الآخر 1445هـ/15 أكتوبر 2023م.", "ar")
    assert ("15 أكتوبر 2023م", (2023, 10, 15)) in found


def test_figures_before_a_slash_are_no_day() -> None:
    assert dates_read("سیلاب بند ۳/۱۵ اکتبر را ویران کرد.", "fa") == []
    assert dates_read("سیلاب در ساعت ۱۲/۱۵ اکتبر آمد.", "fa") == []


def test_a_level_before_another_day_is_no_month() -> None:
    # 23 Mizan is 15 October, never 17 October: "میزان" stays the word for a level
    assert dates_read("سیلاب ۲۳ میزان/۱۷ اکتبر چند روستا را ویران کرد.", "fa") == [("۱۷ اکتبر", (None, 10, 17))]
