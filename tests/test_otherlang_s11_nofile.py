"""Languages with no data file, read with rules made from locale data, as the kn/km/ku/my set showed once it was
opened for tuning (issues 14 and 15): a language py3langid does not know told by the letters it writes (Sorani
Kurdish), dates in scripts without spaces named with the units' words (Khmer), older spellings of Sorani's
letters, and a year with an oblique consonant before its locative (Kannada). Every sentence is written for the
tests, on a bridge and its opening; the accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.extract import detect_language
from conftest import dates_read as read

SORANI = (
    "حکوومەتی هەرێمی کوردستان ڕایگەیاند کە پردە نوێیەکە لە مانگی داهاتوودا دەکرێتەوە و هەزاران هاووڵاتی "
    "بەکاری دەهێنن. وەزیری گواستنەوە وتی کارەکان بە خێرایی بەڕێوەدەچن و پارەی پێویست دابینکراوە."
)


def test_sorani_kurdish_is_told_by_its_letters_and_persian_stays_persian() -> None:
    # py3langid knows no Sorani: it took such a text for Persian, which writes none of "ڕ", "ۆ", "ە", "ڵ", "ێ"
    persian = "دولت اعلام کرد که پل جدید ماه آینده افتتاح می‌شود و هزاران شهروند از آن استفاده خواهند کرد."
    assert (detect_language(SORANI), detect_language(persian)) == ("ckb", "fa")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day, the month of June, the year: the units' words glued before each field, the ordinal's "ទី" too
        ("ស្ពាននេះត្រូវបានបើកកាលពីថ្ងៃទី២២ ខែមិថុនា ឆ្នាំ២០២២ ដោយរដ្ឋមន្ត្រី។", [("ថ្ងៃទី២២ ខែមិថុនា ឆ្នាំ២០២២", (2022, 6, 22))]),
        ("ស្ពាននេះត្រូវបានបើកនៅថ្ងៃទី ០៧ ខែ សីហា ឆ្នាំ ២០២១។", [("ថ្ងៃទី ០៧ ខែ សីហា ឆ្នាំ ២០២១", (2021, 8, 7))]),
        # the year glued to the next word ("នេះ", this): a figure beside a letter is a word's edge
        ("ស្ពាននេះបើកនៅព្រឹក ទី២៧ ខែមេសា ឆ្នាំ២០២០នេះ។", [("ទី២៧ ខែមេសា ឆ្នាំ២០២០", (2020, 4, 27))]),
        ("ការសាងសង់ត្រូវបានប្រកាសកាលពីខែ មេសា ឆ្នាំ២០១២។", [("ខែ មេសា ឆ្នាំ២០១២", (2012, 4, None))]),
        # the word for "year" glued before a year names it; a count puts its word after the number ("២០០០ នាក់")
        ("ស្ពានចាស់ត្រូវបានសាងសង់នៅឆ្នាំ១៩៩៧ ដោយកម្មករ ២០០០ នាក់។", [("១៩៩៧", (1997, None, None))]),
    ],
)
def test_a_khmer_date_with_the_units_words(sentence: str, expected: list) -> None:
    assert read(sentence, "km") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ស្ពាននេះត្រូវបានបើកនៅថ្ងៃនេះ។", [("ថ្ងៃនេះ", "day+0")]),  # CLDR writes "ថ្ងៃ\u200bនេះ"
        ("ស្ពាននេះបើកកាលពីសប្តាហ៍មុន។", [("សប្តាហ៍មុន", "week-1")]),  # CLDR's "សប្ដាហ៍" with the other subscript
    ],
)
def test_khmer_relative_words_as_texts_write_them(sentence: str, expected: list) -> None:
    assert read(sentence, "km") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an older page's "ه" for "ە", and January's other name after a slash
        ("پردەکە لە 24ی كانوونی دووهم/یهنایهری 2023 كرایهوه.", [("24ی كانوونی دووهم/یهنایهری 2023", (2023, 1, 24))]),
    ],
)
def test_a_sorani_date(sentence: str, expected: list) -> None:
    assert read(sentence, "ckb") == expected


def test_a_state_in_sorani_as_older_pages_spell_it() -> None:
    text = "وەزارەتی دەرەوەی رووسیا ڕایگەیاند کە پردەکە گرنگە."  # "ر" for CLDR's "ڕ" of "ڕووسیا"
    assert "russia" in {a.id for a in find_actors(text, "ckb")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ಸೇತುವೆ 2018ರಲ್ಲಿ ಉದ್ಘಾಟನೆಗೊಂಡಿತು.", [("2018", (2018, None, None))]),
        ("ಸೇತುವೆ 1912 ರಲ್ಲಿ ನಿರ್ಮಾಣಗೊಂಡಿತು.", [("1912", (1912, None, None))]),
    ],
)
def test_a_kannada_year_with_its_oblique_consonant_and_locative(sentence: str, expected: list) -> None:
    assert read(sentence, "kn") == expected


def test_a_sorani_month_and_year_with_the_izafe_of_cldrs_format() -> None:
    # CLDR's long format "dی MMMMی y": the izafe glued to the month stands before the year without a day too
    assert read("پردەکە لە مانگی ئابی 2013 کرایەوە.", "ckb") == [("ئابی 2013", (2013, 8, None))]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("te", "వంతెన 1985-91 మధ్య నిర్మించబడింది.", [("1985-91", (1985, None, None), (1991, None, None))]),
        ("ml", "1990-91 കാലയളവിലാണ് പാലം നിർമ്മിച്ചത്.", [("1990-91", (1990, None, None), (1991, None, None))]),
    ],
)
def test_a_range_of_years_with_the_second_in_two_figures(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
