"""Years of the Buddhist era in Thai, the era CLDR's calendar gives the language (543 years ahead of the Gregorian):
written in full after a month ("มีนาคม 2567", March 2024) or alone after the word for year ("ปี 2565"), and in two
figures after an abbreviated month's stop with a space before them ("12 ก.พ. 67"). Each sentence is written for the
test, on a topic of its own (a provincial library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("ห้องสมุดประชาชนจังหวัดเปิดให้บริการอีกครั้งเมื่อ 14 มีนาคม 2567 หลังปรับปรุงอาคาร", "14 มีนาคม 2567", (2024, 3, 14)),
        ("ห้องสมุดจัดงานสัปดาห์หนังสือในเดือนกรกฎาคม 2566 มีผู้เข้าร่วมจำนวนมาก", "เดือนกรกฎาคม 2566", (2023, 7, None)),
        ("คณะกรรมการห้องสมุดประชุมเมื่อวันที่ 3 ต.ค. 2565 ที่ศาลากลาง", "3 ต.ค. 2565", (2022, 10, 3)),
        ("ห้องสมุดรับหนังสือบริจาคเมื่อ 12 ก.พ. 67 จากโรงเรียนในพื้นที่", "12 ก.พ. 67", (2024, 2, 12)),
    ],
)
def test_a_buddhist_era_year_is_read_as_its_gregorian_year(sentence: str, text: str, value: tuple) -> None:
    assert dates_read(sentence, "th") == [(text, value)]


def test_a_year_alone_after_the_word_for_year() -> None:
    found = dates_read("ห้องสมุดแห่งนี้ก่อตั้งขึ้นในปี 2560 โดยเทศบาลเมือง", "th")
    assert [value for _, value in found] == [(2017, None, None)]


def test_a_range_with_a_two_figure_year_after_a_space() -> None:
    found = dates_read("ห้องสมุดปิดซ่อมตั้งแต่ 1 เม.ย.– 30 มิ.ย. 66 ตามประกาศของเทศบาล", "th")
    assert found == [("1 เม.ย.– 30 มิ.ย. 66", (2023, 4, 1), (2023, 6, 30))]


def test_gregorian_years_are_still_read_as_written() -> None:
    assert dates_read("ห้องสมุดเปิดใหม่เมื่อ 14 มีนาคม 2024 หลังปรับปรุง", "th") == [("14 มีนาคม 2024", (2024, 3, 14))]


@pytest.mark.parametrize(
    "sentence",
    [
        "ห้องสมุดมีหนังสือ 2563 เล่มในห้องเด็ก",  # a count of books, no cue: no year
        "ห้องสมุดในเมืองนี้มีสมาชิก 2,566 คน",  # a count with a thousands separator
    ],
)
def test_a_count_of_the_era_s_size_is_no_year(sentence: str) -> None:
    assert dates_read(sentence, "th") == []


def test_other_languages_read_no_such_year() -> None:
    """Only a language whose CLDR calendar counts ahead reads a 25xx figure as a year: in English it is a count."""
    assert dates_read("The library opened on 14 March 2567 by mistake.", "en") == [("14 March", (None, 3, 14))]
