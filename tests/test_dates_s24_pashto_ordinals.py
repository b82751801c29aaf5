"""Pashto dates with their day as an ordinal (issue 14): a Gregorian month, then "پر", "په" or "د" and the day's
ordinal in words ("د جون پر لومړۍ"); a Solar Hijri month first, then its day with the ordinal ending "مه"/"مې"
or in words ("د وږي ۱۲مه", "د میزان د شپږمې نېټې"), as Afghan pages write them. Each sentence is written for the
test, on a topic of its own (a school's new library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("د ښوونځي کتابتون د جون پر لومړۍ نېټه پرانیستل شو.", ("جون پر لومړۍ", (None, 6, 1))),  # the first
        ("نوي کتابونه د مارچ په اتمه نېټه راورسېدل.", ("مارچ په اتمه", (None, 3, 8))),  # the eighth
        ("کتابتون به د اکټوبر پر پنځلسمه بیا پرانیستل شي.", ("اکټوبر پر پنځلسمه", (None, 10, 15))),
        ("مدیر د جنوري د شلمې نېټې په غونډه کې خبرې وکړې.", ("جنوري د شلمې", (None, 1, 20))),  # oblique "-مې"
    ],
)
def test_a_gregorian_month_then_its_day_as_an_ordinal_in_words(sentence: str, found: tuple) -> None:
    assert dates_read(sentence, "ps") == [found]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("زده کوونکي د حمل پر ۲۰مه کتابتون ته ورغلل.", ("حمل پر ۲۰مه", (None, 4, 9))),  # 20 Hamal is 9 April
        ("کتابتون د (جدي ۱۱مه) پرانیستل شو.", ("جدي ۱۱مه", (None, 1, 1))),  # 11 Jadi is 1 January
    ],
)
def test_a_solar_hijri_month_then_its_day_with_the_ordinal_ending(sentence: str, found: tuple) -> None:
    assert dates_read(sentence, "ps") == [found]


def test_a_solar_hijri_month_then_its_day_in_words() -> None:
    ((text, (year, month, day)),) = dates_read("د کتابتون پرانیستل د میزان د لسمې نېټې لپاره ټاکل شوي.", "ps")
    assert text == "میزان د لسمې" and year is None and (month, day) == (10, 2)  # 10 Mizan is 2 October


@pytest.mark.parametrize(
    "sentence",
    [
        "د کتابتون په اتمه کوټه کې نوي کتابونه دي.",  # "in the eighth room": no month
        "کب په سیند کې لامبو وهي.",  # "the fish swims in the river": the month's name, no day
    ],
)
def test_an_ordinal_without_a_month_is_no_date(sentence: str) -> None:
    assert dates_read(sentence, "ps") == []
