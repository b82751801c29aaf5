"""A month's abbreviation with a stop inside it, as CLDR abbreviates the Thai months ("เม.ย.", April; "มิ.ย.", June),
does not end a sentence at its inner stop: ICU breaks there when the letters before the stop are two or more, which
cut the date from its day. Each sentence is written for the test, on a topic of its own (a provincial library)."""

from __future__ import annotations

import pytest
from briefing.extract import split_sentences
from conftest import dates_read


@pytest.mark.parametrize(
    "paragraph",
    [
        "ห้องสมุดจังหวัดเปิดบริการรอบพิเศษตั้งแต่ 2 เม.ย.67 ถึงสิ้นเดือน ผู้อ่านสามารถยืมหนังสือได้ครั้งละห้าเล่ม",
        "คณะกรรมการห้องสมุดนัดประชุมวันที่ 5 มิ.ย. 2567 ที่ห้องประชุมเทศบาล เพื่อพิจารณางบประมาณ",
    ],
)
def test_the_inner_stop_of_a_thai_month_ends_no_sentence(paragraph: str) -> None:
    assert [paragraph[a:b] for a, b in split_sentences(paragraph, "th")] == [paragraph]


def test_the_date_is_read_whole() -> None:
    found = dates_read("ห้องสมุดจังหวัดเปิดบริการรอบพิเศษตั้งแต่ 2 เม.ย.67 ถึงสิ้นเดือน", "th")
    assert found == [("2 เม.ย.67", (2024, 4, 2))]


def test_a_sentence_still_ends_after_an_english_abbreviation_s_sentence() -> None:
    paragraph = "The library met Mr. Brown on Monday. It opens again in May."
    assert [paragraph[a:b] for a, b in split_sentences(paragraph, "en")] == [
        "The library met Mr. Brown on Monday.",
        "It opens again in May.",
    ]
