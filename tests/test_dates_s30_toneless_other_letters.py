"""A language read without its tone marks (Vietnamese, Yoruba) still tells a letter marked otherwise than the name
marks it for another word: "thắng 4" (won 4) is no "tháng 4" (April); a word with fewer marks than the name ("thang
4") or with a mark where the name has none (Yoruba "Iṣẹgun" for CLDR's "Ìsẹ́gun") is the name. Each sentence is
written for the test, on a topic of its own (a school's chess team)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    ["Đội cờ vua của trường thắng 4 trận liên tiếp.", "Đội cờ vua của trường đã thắng 4-1."],
)
def test_won_is_no_month(sentence: str) -> None:
    assert dates_read(sentence, "vi") == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Vào tháng 4 đội cờ vua của trường thắng giải.", "tháng 4"),
        ("Vao thang 4 doi co vua cua truong thang giai.", "thang 4"),
    ],
)
def test_april_with_its_marks_or_none(sentence: str, text: str) -> None:
    assert dates_read(sentence, "vi") == [(text, (None, 4, None))]


def test_a_mark_where_the_name_has_none_is_the_name() -> None:
    found = dates_read("Ẹgbẹ ere chess ile-iwe naa bori lọjọ Iṣẹgun to kọja.", "yo")
    assert [text for text, *_ in found] == ["Iṣẹgun"]
