"""A count after a Thai month is no year of the Buddhist era: a counted noun or classifier after the number
(`count_after` of data/dates/additions/th.yaml: "2500 ราย", 2500 cases; "12 คน", 12 people) makes it a count, and two
figures after an abbreviated month's stop and a space are no year when a month follows them (the next day of a
list). Each sentence is written for the test, on a topic of its own (a district's flu season and its market)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 40 cases on 4 January and 25 on 5 January
        (
            "อำเภอพบผู้ป่วยไข้หวัดวันที่ 4 ม.ค. 40 ราย และวันที่ 5 ม.ค. 25 ราย",
            [("4 ม.ค.", (None, 1, 4)), ("5 ม.ค.", (None, 1, 5))],
        ),
        # the market opens on 9 August: 11 shops will take part
        ("ตลาดนัดชุมชนจะเปิดวันที่ 9 ส.ค. 11 ร้านค้าจะเข้าร่วม 30 ประเทศ", [("9 ส.ค.", (None, 8, 9))]),
        # on 7 June 14 people fell ill
        ("เมื่อวันที่ 7 มิ.ย. 14 คนล้มป่วยด้วยไข้หวัด", [("7 มิ.ย.", (None, 6, 7))]),
        # the market opened on 13, 15 and 17 February
        (
            "ตลาดนัดเปิดเมื่อ 13 ก.พ. 15 ก.พ. และ 17 ก.พ.",
            [("13 ก.พ.", (None, 2, 13)), ("15 ก.พ.", (None, 2, 15)), ("17 ก.พ.", (None, 2, 17))],
        ),
    ],
)
def test_two_figures_after_an_abbreviated_month_that_count_or_open_the_next_day(sentence: str, expected: list) -> None:
    assert dates_read(sentence, "th") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ยอดผู้ป่วยไข้หวัดเดือนสิงหาคม 2500 ราย", []),  # August's flu: 2500 cases
        ("ราคาผักที่ตลาดเดือนกุมภาพันธ์ 2480 บาทต่อตัน", []),  # February's vegetable price: 2480 baht a tonne
        ("วันที่ 9 ตุลาคม 2500 คนเดินทางมาที่ตลาดนัด", [("9 ตุลาคม", (None, 10, 9))]),  # on 9 October, 2500 people came
    ],
)
def test_a_count_after_a_month_is_no_year(sentence: str, expected: list) -> None:
    assert dates_read(sentence, "th") == expected


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("ตลาดนัดชุมชนเปิดเมื่อ 9 ส.ค. 63 มีผู้ค้ากว่าร้อยราย", "9 ส.ค. 63", (2020, 8, 9)),
        ("ยอดผู้ป่วยไข้หวัดเดือนสิงหาคม 2563 สูงขึ้น", "เดือนสิงหาคม 2563", (2020, 8, None)),
    ],
)
def test_a_year_with_no_count_after_it_is_still_read(sentence: str, text: str, value: tuple) -> None:
    assert dates_read(sentence, "th") == [(text, value)]
