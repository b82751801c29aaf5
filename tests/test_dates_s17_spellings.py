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


def test_an_english_date_without_a_handle_before_it_is_read_only_whole() -> None:
    # a whole English date in another language's text is read (tests/test_dates_s33_english_template_date.py); an
    # English month with no year, which no post's signature writes, is not
    assert dates_read("Паромна служба, March 9, 2021.", "uk") == [("March 9, 2021", (2021, 3, 9))]
    assert dates_read("Паромна служба, March 9.", "uk") == []


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "value"),
    [
        (
            "A balsa voltou a navegar nesta quarta-feira, dia 9 de abril, após a reforma.",
            "pt",
            "nesta quarta-feira, dia 9 de abril",
            (None, 4, 9),
        ),
        ("El ferry volvió a zarpar el martes, día 8 de abril, tras la reforma.", "es", "el martes, día 8 de abril", (None, 4, 8)),
        ("El ferry zarpó el sábado [12 de abril] por la mañana.", "es", "el sábado [12 de abril]", (None, 4, 12)),
    ],
)
def test_a_weekday_and_the_date_it_falls_on_are_one_date(sentence: str, language: str, phrase: str, value: tuple) -> None:
    # "dia"/"día" (day) between them, or the date in an editor's square brackets, says it is the same day
    assert dates_read(sentence, language) == [(phrase, value)]


def test_a_chinese_count_of_days_within_which_is_no_day_of_the_month() -> None:
    # "3日内" is "within three days"; "3日" alone is the 3rd
    assert dates_read("渡轮公司将在3日内公布新的时刻表。", "zh") == []
    assert dates_read("渡轮公司將在3日內公布新的時刻表。", "zh") == []
    assert dates_read("渡轮于3日恢复航行。", "zh") == [("3日", "day-of-month")]


@pytest.mark.parametrize(
    "sentence",
    ["Ọkọ oju omi tuntun naa bẹrẹ iṣẹ lọdun 2019.", "Ọkọ oju omi naa jẹ tọdun 2019.", "Ọkọ oju omi naa bẹrẹ lodun 2019."],
)
def test_a_yoruba_year_word_with_an_elided_preposition_before_a_year(sentence: str) -> None:
    # "lọdún" and "tọdún" are "ní ọdún" and "ti ọdún" (in the year, of the year): the number after is a year
    assert dates_read(sentence, "yo") == [("2019", (2019, None, None))]


def test_a_handle_before_no_english_month_keeps_the_sentences_own_reading() -> None:
    assert dates_read("— Паромна служба (@poromy_ua) Bravo 9, 2021 року", "uk") == dates_read(
        "— Паромна служба Bravo 9, 2021 року", "uk"
    )
