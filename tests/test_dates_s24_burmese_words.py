"""Burmese dates in the forms news write them that the locale data misses (issue 14): a year before "ခုနှစ်" (year)
and the particles glued to it, the spoken "this year", "today" and "ago" ("အခုနှစ်", "ဒီနေ့", "လွန်ခဲ့တဲ့ ၃ လ").
Each sentence is written for the test, on a topic of its own (a town's new school)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "year"),
    [
        ("ကျောင်းသစ်ကို ၂၀၂၁ ခုနှစ်မှာ ဖွင့်ခဲ့တယ်။", "၂၀၂၁", 2021),  # Burmese digits, "in" glued
        ("ဆရာကြီးသည် ၂၀၁၈ ခုနှစ်က တာဝန်စယူခဲ့သည်။", "၂၀၁၈", 2018),  # the subject particle glued
        ("စာကြည့်တိုက်ကို 2016 ခုနှစ်တွင် ဆောက်ခဲ့သည်။", "2016", 2016),  # ASCII digits
    ],
)
def test_a_year_before_the_word_for_year_is_a_year(sentence: str, text: str, year: int) -> None:
    assert dates_read(sentence, "my") == [(text, (year, None, None))]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("ကျောင်းသားအသစ် အခုနှစ်မှာ တိုးလာတယ်။", ("အခုနှစ်", "year+0")),  # this year
        ("ဒီနေ့ မနက် ကျောင်းအုပ်ကြီး စကားပြောခဲ့တယ်။", ("ဒီနေ့", "day+0")),  # today
        ("ကျောင်းကို လွန်ခဲ့တဲ့ ၃ လ က ပြင်ခဲ့တယ်။", ("လွန်ခဲ့တဲ့ ၃ လ", "month-3")),  # three months ago
    ],
)
def test_spoken_relative_words(sentence: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, "my") == [found]


def test_a_count_of_things_is_no_year() -> None:
    assert dates_read("ကျောင်းမှာ စာအုပ် ၂၀၀၀ အုပ် ရှိတယ်။", "my") == []  # 2000 books
