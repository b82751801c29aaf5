"""Dates of events as the seventeenth other-languages held-out set and the twenty-second to twenty-fourth held-out
sets showed them missed. A long month name written with a letter more or less than CLDR spells it, beside a day or
a year, in a language with no data file (Cebuano "Nobiyembre", CLDR "Nobyembre"); the English date that closes an
embedded post (X, Twitter) in a page of another language. Each text is written for the
test, on a topic of its own (a ferry line between two islands)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Ang barko milawig sa Nobiyembre 12, 2024 gikan sa pantalan.", "Nobiyembre 12, 2024", (2024, 11, 12)),
        ("Ang barko milawig niadtong 3 Septiyembre 2023.", "3 Septiyembre 2023", (2023, 9, 3)),
        ("Gisirhan ang pantalan sa Disiyembre 2022.", "Disiyembre 2022", (2022, 12, None)),
    ],
)
def test_a_month_name_with_a_letter_more_beside_a_day_or_year(sentence: str, phrase: str, value: tuple) -> None:
    assert dates_read(sentence, "ceb") == [(phrase, value)]


def test_a_respelled_month_name_needs_a_day_or_a_year_beside_it() -> None:
    assert dates_read("Ang Nobiyembre mao ang bulan sa barko.", "ceb") == []


def test_a_month_name_with_two_letters_more_is_not_read() -> None:
    assert dates_read("Ang barko milawig sa Nobiiyembre 12.", "ceb") == []


def test_a_letter_more_or_less_in_a_language_with_no_data_file_only() -> None:
    assert dates_read("De veerboot voer op 12 septembeer 2024.", "nl") == [("12 septembeer 2024", (2024, 9, 12))]
    assert dates_read("De veerboot voer op 12 septmber 2024.", "nl") == [("12 septmber 2024", (2024, 9, 12))]
    # a language's file lists its own spellings: a word a letter off is a misprint as often as another word
    assert dates_read("The ferry sailed on 12 Septembeer 2024.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("— Liman İşletmesi (@limanisletme) March 9, 2021", "tr"),
        ("— Паромна служба (@poromy_ua) March 9, 2021", "uk"),
        ("— خدمة العبارات (@ferry_ar) March 9, 2021", "ar"),
    ],
)
def test_an_embedded_posts_english_date_in_a_page_of_another_language(sentence: str, language: str) -> None:
    # X (Twitter) closes an embedded post with its author, handle and an English date, whatever the page's language
    assert dates_read(sentence, language) == [("March 9, 2021", (2021, 3, 9))]


def test_an_english_date_without_a_handle_before_it_is_not_read_so() -> None:
    assert ("March 9, 2021", (2021, 3, 9)) not in dates_read("Паромна служба, March 9, 2021.", "uk")
