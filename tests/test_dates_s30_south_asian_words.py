"""Dates in Urdu, Marathi and Bengali that their locale data leaves out: a day in words before its month (ICU
spells no Urdu or Marathi numbers), a month with a long case ending glued to it in an abugida (counted in letters,
not in vowel signs and viramas), "from … to" between two dates, and the words for last, this and next that
dateparser lacks (`data/dates/additions/ur.yaml`, `mr.yaml`, `bn.yaml`). Each sentence is written for the test,
on a topic of its own (a town's library, a market, a school fair)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("لائبریری سات مارچ کو دوبارہ کھلے گی۔", "ur", [("سات مارچ", (None, 3, 7))]),
        ("بازار کی نیلامی یکم دسمبر کو ہوگی۔", "ur", [("یکم دسمبر", (None, 12, 1))]),
        ("शाळेची जत्रा अठरा जानेवारीला भरेल.", "mr", [("अठरा जानेवारीला", (None, 1, 18))]),
    ],
)
def test_a_day_in_words_before_its_month(sentence: str, language: str, expected: list) -> None:
    assert dates_read(sentence, language) == expected


def test_numbers_in_words_elsewhere_are_counts() -> None:
    assert dates_read("لائبریری میں دو کمرے اور نو الماریاں ہیں۔", "ur") == []
    assert dates_read("बाजारात दोन दुकाने आणि पाच गाड्या होत्या.", "mr") == []
    # a short month's name opening a noun after a number takes no ending: "બે મેડલો" is two medals, not 2 May
    assert dates_read("શાળાએ રમતોત્સવમાં બે મેડલો જીત્યા.", "gu") == []


def test_a_year_in_words_after_the_month_leaves_the_day_unread() -> None:
    # the year "دو ہزار بیس" is not read: the day alone would take the wrong one
    assert dates_read("لائبریری سات مارچ دو ہزار بیس کو بند ہوئی۔", "ur") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ग्रंथालय १२ मार्चपर्यंत बंद राहील.", [("१२ मार्चपर्यंत", (None, 3, 12))]),
        ("ग्रंथालय २ फेब्रुवारीपासून सुरू होईल.", [("२ फेब्रुवारीपासून", (None, 2, 2))]),
        ("शाळेची जत्रा डिसेंबरमध्ये भरेल.", [("डिसेंबरमध्ये", (None, 12, None))]),
        ("शाळेची जत्रा डिसेंबर महिन्यात भरेल.", [("डिसेंबर", (None, 12, None))]),
    ],
)
def test_a_marathi_month_with_its_postposition(sentence: str, expected: list) -> None:
    assert dates_read(sentence, "mr") == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("بازار 3 مئی سے 9 مئی تک بند رہے گا۔", "ur", [(" 3 مئی سے 9 مئی", (None, 5, 3), (None, 5, 9))]),
        ("बाजार ३ मे ते ९ मे बंद राहील.", "mr", [("३ मे ते ९ मे", (None, 5, 3), (None, 5, 9))]),
    ],
)
def test_from_one_date_to_another_is_a_range(sentence: str, language: str, expected: list) -> None:
    assert dates_read(sentence, language) == expected


def test_from_a_date_before_a_count_is_one_date() -> None:
    # the text read keeps the space before the figures
    assert dates_read("بازار میں 3 مئی سے 40 دکانیں بند ہیں۔", "ur") == [(" 3 مئی", (None, 5, 3))]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("لائبریری آئندہ ماہ نئی کتابیں خریدے گی۔", "ur", [("آئندہ ماہ", "month+1")]),
        ("لائبریری نے پچھلے سال نئی کتابیں خریدیں۔", "ur", [("پچھلے سال", "year-1")]),
        ("গ্রন্থাগার চলতি মাসে নতুন বই কিনবে।", "bn", [("চলতি মাসে", "month+0")]),
        ("গ্রন্থাগার এ বছর নতুন বই কিনেছে।", "bn", [("এ বছর", "year+0")]),
        ("ग्रंथालयाने गेल्या वर्षी नवी पुस्तके घेतली.", "mr", [("गेल्या वर्षी", "year-1")]),
    ],
)
def test_last_this_and_next(sentence: str, language: str, expected: list) -> None:
    assert dates_read(sentence, language) == expected


def test_this_before_another_noun_is_no_date() -> None:
    assert dates_read("গ্রন্থাগার এ বিষয়ে নতুন বই কিনেছে।", "bn") == []


def test_the_spoken_name_of_sunday_in_bengali() -> None:
    assert dates_read("গ্রন্থাগার রোববার বন্ধ থাকবে।", "bn") == [("রোববার", "weekday")]
    assert dates_read("গ্রন্থাগারে একটি রোবট এসেছে।", "bn") == []
