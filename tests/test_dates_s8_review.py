"""Fixes of review s8's findings on the date grammar (issue 14): each test pins the user-visible reading of a
sentence written for the tests (on a harbour and its ships), never one of a set."""

from __future__ import annotations

import time

import pytest
from briefing.dates import find_dates
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "day"),
    [
        ("ar", "في الثامن من ذي الحجة، الأحد 12 أكتوبر 1913 افتتح الميناء.", (1913, 10, 12)),
        ("ar", "في 3 رجب الموافق 14 مارس 2095 يفتتح الميناء.", (2095, 3, 14)),
        ("fa", "در ۲ رمضان برابر با ۷ مه ۱۸۸۰ بندر افتتاح شد.", (1880, 5, 7)),
    ],
)
def test_yearless_hijri_day_beside_a_day_outside_the_tables(language: str, sentence: str, day: tuple[int, int, int]) -> None:
    """A Gregorian day outside the Umm al-Qura tables (1924-2077) beside a Hijri day without its year is read
    as stated; the build does not stop on it."""
    assert [value for _, value in read(sentence, language)] == [day]


@pytest.mark.parametrize(
    ("language", "sentence", "year"),
    [
        ("en", "The harbour master said that in 2019 the pier collapsed.", 2019),
        ("pt", "O porto ficou fechado mesmo em 2019.", 2019),
        ("es", "El puerto cerró aquel verano de 2019, y lo mismo en 2020.", 2020),
        ("ar", "وبعد ذلك عام 2019 أغلق الميناء.", 2019),
    ],
)
def test_demonstrative_before_another_word_keeps_the_year(language: str, sentence: str, year: int) -> None:
    """A demonstrative names a year stated before only with the word for "year" after it: "that in 2019" is 2019."""
    assert (year, None, None) in [value for _, value in read(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "In that year 1400 ships called at the harbour."),
        ("ar", "وفي ذلك العام 1400 سفينة رست في الميناء."),
        ("fa", "در آن سال ۱۴۰۰ کشتی در بندر پهلو گرفتند."),
    ],
)
def test_number_after_that_year_is_a_count(language: str, sentence: str) -> None:
    """After "that year" a number counts: no year 1400 (nor its Solar Hijri reading)."""
    assert not [value for _, value in read(sentence, language) if isinstance(value, tuple) and value[0]]


@pytest.mark.parametrize(
    ("language", "sentence", "year"),
    [
        ("en", "In 2018 IT staff at the harbour went on strike.", 2018),
        ("en", "In 2021 AT&T wired the harbour offices.", 2021),
        ("en", "The pier was rebuilt in 2014 Z. Okafor said.", 2014),
        ("id", "Pada tahun 2018 PT Pelabuhan Indonesia membeli kapal.", 2018),
    ],
)
def test_capitals_ending_in_t_after_a_cued_year_are_no_time_zone(language: str, sentence: str, year: int) -> None:
    """A year after its cue stays a year before capitals that are a name, not a time zone."""
    assert (year, None, None) in [value for _, value in read(sentence, language)]


@pytest.mark.parametrize("sentence", ["The harbour reopened at 1700 GMT on the same day.", "Ships left at 0600Z."])
def test_hours_and_minutes_before_a_time_zone_are_no_year(sentence: str) -> None:
    assert read(sentence, "en") == []


@pytest.mark.parametrize(
    ("language", "row"),
    [("de", "{} Schiffe"), ("de", "von {} Schiffen"), ("en", "{} ships docked, {} left")],
)
def test_a_long_line_of_counts_is_read_in_linear_time(language: str, row: str) -> None:
    """A scraped table with no full stop, some 80 KB of counts on one line: no year among them, and the time
    grows with the line, not its square (it took 18 s and more; a generous bound for a loaded machine)."""
    line = " ".join(row.format(1900 + i % 100, 1900 + i % 100) for i in range(80_000 // len(row)))
    find_dates("2016", language)  # the language's grammar is built once, outside the timing
    started = time.process_time()
    found = find_dates(line, language)
    assert time.process_time() - started < 10
    assert not [d for d in found if d.year]


@pytest.mark.parametrize(
    ("language", "sentence", "day"),
    [
        ("ru", "У причала на площади 12 июня собрались моряки.", (None, 6, 12)),
        ("uk", "Біля порту на площі 24 серпня відбувся концерт.", (None, 8, 24)),
        ("fr", "Les dockers ont marché avenue 3 juin 2019 vers le port.", (2019, 6, 3)),
        ("es", "Los estibadores llegaron a la calle el 3 de junio de 2019.", (2019, 6, 3)),
        ("it", "I portuali sono sfilati in piazza 3 giugno 2019.", (2019, 6, 3)),
    ],
)
def test_street_word_before_a_day_in_prose(language: str, sentence: str, day: tuple[int | None, int, int]) -> None:
    """A day after a street's word is a day when it has a year or a lower-case month: no street is named so."""
    assert day in [value for _, value in read(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Порт находится на улице 1 Мая."),
        ("fr", "Le bureau du port est rue du 8-Mai."),
        ("en", "The ferry office is on 42nd Street."),
    ],
)
def test_street_named_after_a_date(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Im Hafen lag eine Flotte von 2000 Booten."),
        ("en", "A convoy in Lisbon of 2000 lorries waited at the port."),
        ("es", "Llegó un convoy en Vigo de 2000 camiones al puerto."),
        ("en", "The navy sent Neptune and 2000 sailors to the harbour."),
    ],
)
def test_a_name_before_a_weak_cue_makes_no_count_a_year(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "El hundimiento de Vigo de 2011 cerró el puerto."), ("pt", "O Tratado de 2011 abriu o porto aos navios.")],
)
def test_a_name_of_a_year(language: str, sentence: str) -> None:
    """A capitalised word before a weak cue, not a place after "in", makes the number a year ("the wreck of X of
    2011", "the Treaty of 2011")."""
    assert [value for _, value in read(sentence, language)] == [(2011, None, None)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("துறைமுகம் இன்றியமையாதது.", []),  # the harbour is indispensable: "இன்றி-" (without), no "today"
        ("கப்பல்கள் நாளடைவில் வந்தன.", []),  # the ships came gradually: no "tomorrow"
        ("நேற்றைய கப்பல் வந்தது.", [("நேற்றைய", "day-1")]),  # yesterday's ship
    ],
)
def test_tamil_relative_word_without_its_vowel_sign_takes_a_short_ending(sentence: str, found: list[tuple[str, str]]) -> None:
    assert read(sentence, "ta") == found


@pytest.mark.parametrize(
    ("language", "sentence", "found"),
    [
        ("ro", "Portul a chemat 14 martori la anchetă.", []),  # fourteen witnesses: "mart|ori" is no March
        ("ro", "Nava a sosit pe 14 martie 2021.", [(2021, 3, 14)]),
        ("lv", "Kuģis ieradās 14. maijā.", [(None, 5, 14)]),
    ],
)
def test_a_four_letter_month_stem_takes_a_short_ending(
    language: str, sentence: str, found: list[tuple[int | None, int, int]]
) -> None:
    assert [value for _, value in read(sentence, language)] == found


def test_glides_are_no_vowels() -> None:
    """ "й", "ў" and Armenian "յ" are consonants a month's stem may not be followed by as by a case's vowel."""
    from briefing.datewords import vowel_letters

    assert not set("йўյªµº") & set(vowel_letters())
    assert set("aиыա") <= set(vowel_letters())


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("O Comandante Silva em Abril fechou o porto.", [(None, 4, None)]),  # a capitalised month after "em"
        ("O navio partiu de Porto de Abril ontem.", []),  # "Porto de Abril": "de" is a name's particle
    ],
)
def test_a_capitalised_month_after_a_name_and_a_short_word(sentence: str, found: list[tuple[None, int, None]]) -> None:
    """Only a name's particle ("de", "da", "do") joins a capitalised word and a month into one name."""
    assert [value for _, value in read(sentence, "pt") if isinstance(value, tuple)] == found


def test_a_yearless_hijri_day_beside_two_stated_days_is_dropped() -> None:
    """A Hijri day without its year is kept only beside the one Gregorian day it is: beside two, it is none."""
    found = read("في 5 رجب، الموافق 13 أبريل 2016 و14 أبريل 2016 رست السفن.", "ar")
    assert [value for _, value in found] == [(2016, 4, 13), (2016, 4, 14)]
    assert [value for _, value in read("في 5 رجب، الموافق 13 أبريل 2016 رست السفن.", "ar")] == [(2016, 4, 13)] * 2
