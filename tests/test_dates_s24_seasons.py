"""Persian seasons before a year: "تابستان ۱۳۶۷" (the summer of 1367) states the year as "سال ۱۳۶۷" does, in the
Solar Hijri calendar for a year of 13xx or 14xx and in the Gregorian one for a year it writes so; sentences written
for these tests, on a topic of their own (a city's water supply)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "year"),
    [
        ("سد شهر در تابستان ۱۳۹۷ خشک شد.", "۱۳۹۷", 2018),  # summer 1397: 2018
        ("لوله‌کشی تازه در پاییز ۱۴۰۰ تمام شد.", "۱۴۰۰", 2021),
        ("آب شهر در زمستان ۲۰۱۹ یخ زد.", "۲۰۱۹", 2019),  # a Gregorian year after a season
        ("چاه‌های تازه در بهار 1402 حفر شد.", "1402", 2023),
    ],
)
def test_a_season_before_a_year_states_the_year(sentence: str, text: str, year: int) -> None:
    found = dates_read(sentence, "fa")
    assert [(t, v[0]) for t, v, *_ in found] == [(text, year)]


def test_a_count_after_a_season_is_no_year() -> None:
    assert dates_read("در تابستان ۲۰۰ خانوار آب نداشتند.", "fa") == []
