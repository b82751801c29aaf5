"""Review of new-topics14's day rules (76b672bc): a Pashto figure, 'د' and a solar month's name before a comma or a
bracket counts the things the month's name also names ("۳ د عقرب، ۲ د مار": three scorpion, two snake bites;
"۱۵ د سرطان (کینسر)": fifteen cancer patients), no day; before a stop or a year it is the day. Gujarati "નવમી"
before a month is the festival "રામ નવમી", no ninth day. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def days(text: str, language: str) -> list[tuple[int | None, int | None]]:
    return [(d.month, d.day) for d in find_dates(text, language) if not d.invalid]


@pytest.mark.parametrize(
    "text",
    [
        "روغتون ته ۱۵ د سرطان (کینسر) ناروغان راوړل شول.",
        "په کلي کې ۳ د عقرب، ۲ د مار پېښې ثبت شوې.",
    ],
)
def test_pashto_counts_are_no_day(text: str) -> None:
    assert not any(day for _, day in days(text, "ps"))


def test_pashto_day_before_a_stop_stays() -> None:
    assert days("غونډه د ۱۶ د غویی په ورځ جوړه شوه.", "ps")[0][1] is not None


def test_gujarati_festival_is_no_day() -> None:
    assert (4, 9) not in days("રામ નવમી એપ્રિલમાં આવે છે.", "gu")


def test_gujarati_ordinal_day_stays() -> None:
    assert (5, 1) in days("શાળાઓ પહેલી મે થી ખુલશે.", "gu")
