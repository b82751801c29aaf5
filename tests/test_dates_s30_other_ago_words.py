"""A count of time ago written with any of the words dateparser lists as the language's "ago", not only the one or
two its patterns use: Thai "3 วันก่อน" (3 days before) beside "3 วันที่ผ่านมา" (3 days past). Each sentence is
written for the test, on a topic of its own (a market's new stalls)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("ตลาดเปิดแผงใหม่เมื่อ 3 วันก่อน", "3 วันก่อน", "day-3"),
        ("ตลาดเปิดแผงใหม่เมื่อ 3 วันที่ผ่านมา", "3 วันที่ผ่านมา", "day-3"),
        ("ตลาดเปิดแผงใหม่เมื่อ 5 เดือนก่อน", "5 เดือนก่อน", "month-5"),
    ],
)
def test_thai_counts_ago(sentence: str, text: str, kind: str) -> None:
    assert dates_read(sentence, "th") == [(text, kind)]


def test_a_count_before_another_noun_is_no_date() -> None:
    # "ก่อน" after a count of people, not of time
    assert dates_read("ตลาดมีคนมาก่อน 30 คน", "th") == []


def test_english_before_stays_no_ago() -> None:
    # "two days before" counts from another event: English has a data file, which dateparser's "before" never joins
    assert dates_read("The market opened its new stalls 3 days before the festival.", "en") == []
