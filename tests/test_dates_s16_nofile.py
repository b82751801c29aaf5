"""Dates in languages with no date words file, read from the locale data (session 16): sentences written here.

Where CLDR's month and weekday names stack marks on a letter or put a dot below one (Yoruba, Igbo, Vietnamese),
texts write the marks in part or not at all, and the names are read without them."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def read(sentence: str, language: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    return [(d.text, d.year, d.month, d.day, d.relative) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Ipade naa yoo waye ni Ọjọ́ Ẹtì.", "Ọjọ́ Ẹtì"),  # as CLDR writes Friday
        ("Ipade naa yoo waye ni ọjọ Ẹti.", "ọjọ Ẹti"),  # its tone marks left out
        ("Ipade naa yoo waye ni ojo Eti.", "ojo Eti"),  # every mark left out
    ],
)
def test_a_yoruba_weekday_with_or_without_its_marks(sentence: str, phrase: str) -> None:
    assert read(sentence, "yo") == [(phrase, None, None, None, "weekday")]


def test_a_yoruba_word_for_today_without_its_marks() -> None:
    assert [(d.text, d.relative) for d in find_dates("Oni ni ipade naa bẹrẹ ni ilu Eko.", "yo")] == [("Oni", "day+0")]


@pytest.mark.parametrize(
    ("sentence", "phrase"), [("Ọ malitere na Mọnde gara aga.", "Mọnde"), ("Ọ malitere na Monde gara aga.", "Monde")]
)
def test_an_igbo_weekday_with_or_without_its_dot_below(sentence: str, phrase: str) -> None:
    assert read(sentence, "ig") == [(phrase, None, None, None, "weekday")]


@pytest.mark.parametrize("month", ["Ọgọọst", "Ogoost"])
def test_an_igbo_date_with_or_without_its_dot_below(month: str) -> None:
    assert read(f"Ọ malitere na 5 {month} 2020.", "ig") == [(f"5 {month} 2020", 2020, 8, 5, None)]


@pytest.mark.parametrize(
    ("language", "sentence", "phrase", "date"),
    [
        ("tg", "Ҷаласа 24-уми феврал баргузор шуд.", "24-уми феврал", (None, 2, 24)),  # an ordinal's ending
        ("tt", "Җыелыш 5-нче май көнне булды.", "5-нче май", (None, 5, 5)),
    ],
)
def test_an_ordinals_ending_after_the_day(language: str, sentence: str, phrase: str, date: tuple) -> None:
    assert [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, language)] == [(phrase, date)]


def test_the_word_for_year_from_the_relative_times() -> None:
    # CLDR's Tajik names "year" only in "{0} сол пеш" (years ago): "соли 2023" is the year's, with its linking "-и"
    assert [(d.text, d.year) for d in find_dates("Ҷаласа 24 феврали соли 2023 баргузор шуд.", "tg")] == [
        ("24 феврали соли 2023", 2023)
    ]


@pytest.mark.parametrize("dash", ["-", "–"])
def test_two_days_joined_by_a_dash(dash: str) -> None:
    found = find_dates(f"Машқҳо 14{dash}16 сентябр гузаронида шуданд.", "tg")
    assert [(d.text, d.month, d.day, d.last) for d in found] == [(f"14{dash}16 сентябр", 9, 14, (None, 9, 16))]


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("lt", "Nuo 1967 iki 1970 m. jis dirbo mokykloje.", "1967 iki 1970"),  # "until", no joiner of a file
        ("tl", "Naglingkod siya bilang alkalde mula 2007 hanggang 2010 sa lungsod.", "2007 hanggang 2010"),
    ],
)
def test_two_years_joined_by_an_unknown_word(language: str, sentence: str, phrase: str) -> None:
    assert [(d.text, d.year, d.last) for d in find_dates(sentence, language)] == [
        (phrase, int(phrase[:4]), (int(phrase[-4:]), None, None))
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("lt", "Tarp 2019 ir 2020 metų jis dirbo mokykloje."),  # "and", CLDR's list word: two years
        ("lt", "Jis gimė 2019 ar 2020 metais."),  # "or", as CLDR writes it ("arba" is read as a range)
        ("tl", "Noong 2010 mula 1990 ang bilang."),  # the second is earlier: no range
    ],
)
def test_no_range_of_years_joined_by_and_or_or_backwards(language: str, sentence: str) -> None:
    assert all(d.last is None for d in find_dates(sentence, language))


def test_a_two_letter_word_for_year_from_the_relative_times() -> None:
    # CLDR's Tatar names "year" in "{0} ел элек" and "{0} елдан" (years ago, in years): "ел", with its case endings
    assert [(d.text, d.year) for d in find_dates("Ул 2019 елда сайланды.", "tt")] == [("2019", 2019)]


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        # the year, its word in the genitive, then the day and the month with a possessive's and a case's endings
        ("Ул 2022 елның 24 февралендә Казанда чыгыш ясады.", "2022 елның 24 февралендә", (2022, 2, 24)),
        ("Ул 24 сентябрендә кайтты.", "24 сентябрендә", (None, 9, 24)),  # "сентябрь" less its soft sign
    ],
)
def test_a_months_stem_with_a_longer_ending(sentence: str, phrase: str, date: tuple) -> None:
    assert [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, "tt")] == [(phrase, date)]


def test_a_days_hyphened_ending_after_its_month_opens_no_range() -> None:
    # Hungarian writes the month first, the day's case ending after a hyphen: "20-án este 9 óra" is the 20th, at 9
    assert [(d.text, d.day, d.last) for d in find_dates("2010. április 20-án este 9 órakor kezdődött.", "hu")] == [
        ("2010. április 20-án", 20, None)
    ]
