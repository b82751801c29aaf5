"""Faults a review found in rules of this session, each with a sentence written for the test: a capitalised bare
word that is a relative word without its marks names a place ("din Maine"); a word for "ago" that is also "before"
governs a noun after it; Vietnamese "X qua X" and a count before "X qua"; a month's glued ending other than the
genitive, and a hyphened ordinal that counts a week or a place; a score before a month; a month's name that is also
"march"."""

from __future__ import annotations

import pytest
from conftest import dates_read


def test_a_capitalised_bare_word_inside_a_sentence_is_a_name() -> None:
    assert dates_read("Guvernatorul din Maine a semnat legea apelor.", "ro") == []
    assert dates_read("Maine se deschide noul pod peste rau.", "ro") == [("Maine", "day+1")]
    assert dates_read("Podul se deschide maine dimineata.", "ro")[0][1] == "day+1"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("किरायेदार को 15 दिन पूर्व नोटिस मिलना चाहिए", "hi"),
        ("ต้องแจ้ง 7 วันก่อนการประชุม", "th"),
    ],
)
def test_before_a_noun_the_word_for_ago_is_before(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


def test_at_a_clause_end_the_word_for_ago_still_reads() -> None:
    assert dates_read("ร้านนี้เปิดเมื่อ 5 วันก่อน แล้วก็ปิด", "th") == [("5 วันก่อน", "day-5")]
    assert dates_read("पुल 15 दिन पूर्व।", "hi") == [("15 दिन पूर्व", "day-15")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lúa được mùa năm qua năm.",
        "Tuần qua tuần, giá gạo tăng.",
        "Trong ba năm qua, làng có điện.",
        "Mười tháng qua, trời ít mưa.",
    ],
)
def test_vietnamese_x_after_x_and_a_count_of_the_past_are_no_one_unit_back(sentence: str) -> None:
    assert dates_read(sentence, "vi") == []


def test_vietnamese_the_past_year_still_reads() -> None:
    assert dates_read("Năm qua, làng có điện.", "vi") == [("Năm qua", "year-1")]


def test_a_month_with_another_case_than_the_genitive_is_no_day() -> None:
    assert dates_read("Apreldəki 4-cü görüş.", "az") == []
    assert dates_read("Сәуірдегі 4-і жиналыс.", "kk") == []


def test_an_ordinal_that_counts_a_week_or_a_place_is_no_day() -> None:
    assert dates_read("Ҫӗртме уйӑхӗн юпан 2-мӗш эрнинче канӑҫ.", "cv") == []
    assert dates_read("Ҫамрӑксем юпара 2-мӗш вырӑн йышӑннӑ.", "cv") == []
    assert dates_read("Канаш юпан 12-мӗшӗнче пуҫтарӑнать.", "cv") == [("юпан 12", (None, 10, 12))]


def test_a_score_before_a_month_gives_the_months_day() -> None:
    assert [v for _, v in dates_read("کلب نے 4 سے 1 جون کو میچ جیتا۔", "ur")] == [(None, 6, 1)]
    assert [v for _, v in dates_read("क्लबने ४ ते १ जून रोजी सामना जिंकला.", "mr")] == [(None, 6, 1)]
    assert [v for _, *v in dates_read("میلہ 8 سے 12 جون تک جاری رہے گا۔", "ur")] == [[(None, 6, 8), (None, 6, 12)]]


def test_a_month_that_is_also_a_march_needs_a_dates_word() -> None:
    assert dates_read("طلبہ نے پانچ مارچ نکالنے کا فیصلہ کیا", "ur") == []
    assert dates_read("शेतकऱ्यांनी चार मार्च काढले", "mr") == []
    assert dates_read("विद्यार्थियों ने मशाल मार्च में भाग लिया", "hi") == []
    assert dates_read("اجلاس پانچ مارچ کو ہوگا", "ur") == [("پانچ مارچ", (None, 3, 5))]
    assert dates_read("सभा चार मार्च रोजी होईल", "mr") == [("चार मार्च", (None, 3, 4))]
    assert dates_read("चुनाव अक्टूबर में होंगे", "hi") == [("अक्टूबर", (None, 10, None))]
    assert dates_read("बैठक चार मार्च को होगी", "hi") == [("चार मार्च", (None, 3, 4))]
