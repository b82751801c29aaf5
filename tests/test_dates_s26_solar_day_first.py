"""Solar Hijri days in figures with the day first, as Iranian notices date their deadlines ("مورخ 21/02/1400"): the
language's own calendar (fa.yaml's `own_calendar`) read in either order, since a year of 13xx or 14xx is never a
Gregorian one of the numeric form. Each sentence is written for the test, on a topic of its own (a city library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("مهلت ثبت نام کتابخانه تا 26/12/1399 ادامه دارد.", "26/12/1399", (2021, 3, 16)),  # 26 Esfand 1399
        ("کتابخانه شهر از تاریخ ۰۵/۰۷/۱۴۰۲ بازگشایی می‌شود.", "۰۵/۰۷/۱۴۰۲", (2023, 9, 27)),  # 5 Mehr 1402, Persian figures
        ("فهرست کتاب‌های تازه در 3-1-1401 منتشر شد.", "3-1-1401", (2022, 3, 23)),  # 3 Farvardin 1401, with dashes
    ],
)
def test_a_solar_day_in_figures_with_the_day_first(sentence: str, text: str, day: tuple) -> None:
    assert dates_read(sentence, "fa") == [(text, day)]


def test_the_weekday_before_it_is_part_of_the_date() -> None:
    """ "روز سه‌شنبه مورخ ..." (on Tuesday, dated ...): one date, not a weekday of its own beside it."""
    found = dates_read("کتابخانه از ساعت 8 صبح روز سه‌شنبه مورخ 21/02/1400 باز است.", "fa")
    assert [value for _, value in found] == [(2021, 5, 11)]


def test_the_year_first_order_is_still_read() -> None:
    assert dates_read("کتابخانه در 1400/02/21 افتتاح شد.", "fa") == [("1400/02/21", (2021, 5, 11))]


@pytest.mark.parametrize(
    "sentence",
    [
        "کتابخانه 21/02/2021 باز شد.",  # a Gregorian year: the numeric form's, not the Solar one
        "شماره تماس کتابخانه 021-12-1400 است.",  # three figures before: no day
    ],
)
def test_no_solar_day_without_a_solar_year(sentence: str) -> None:
    assert all(value != (2021, 5, 11) and "1400" not in text for text, value in dates_read(sentence, "fa"))
