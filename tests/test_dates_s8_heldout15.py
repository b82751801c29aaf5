"""Event-date rules the fifteenth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule, in several languages. Every sentence is written for the tests, on a ferry and its sinking; the
accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Beim Untergang der Fähre am 3. Mai kamen 41 Menschen ums Leben, rund 1200 wurden gerettet."),
        ("de", "Beim Untergang am 3. Mai starben 41 Menschen, 1200 wurden gerettet."),
    ],
)
def test_a_number_after_a_clause_holding_a_count_counts_the_same_noun(language: str, sentence: str) -> None:
    assert read(sentence, language) == [("3. Mai", (None, 5, 3))]


def test_a_year_after_a_count_and_a_word_that_is_no_approximation_is_still_one() -> None:
    assert read("Die Reederei verlor 2 Fähren, zuletzt 2020.", "de") == [("2020", (2020, None, None))]


def test_the_year_of_a_spanish_date_may_follow_the_word_for_year() -> None:
    assert read("El 3 de mayo del año 2001 se hundió el ferry.", "es") == [("3 de mayo del año 2001", (2001, 5, 3))]


@pytest.mark.parametrize(
    "sentence",
    [
        "وفي اليوم الثالث من الرحلة غرقت العبارة.",  # the third day
        "وفي اليوم التالي غرقت العبارة.",  # the next day
    ],
)
def test_the_arabic_word_for_today_before_an_adjective_with_the_article_is_the_day(sentence: str) -> None:
    assert read(sentence, "ar") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وقال الوزير اليوم الأربعاء إن العبارة غرقت.", [("اليوم الأربعاء", "day+0")]),  # today, Wednesday
        ("وقال الوزير في وقت سابق اليوم ألقى القبطان المرساة.", [("اليوم", "day+0")]),  # a verb's hamza, no article
    ],
)
def test_the_arabic_word_for_today_before_a_weekday_or_a_verb_is_still_today(sentence: str, expected: list) -> None:
    assert read(sentence, "ar") == expected


def test_the_arabic_word_for_today_before_an_ordinal_day_and_its_month_is_that_date() -> None:
    assert read("وقال الوزير اليوم التاسع من مايو 2015 إن العبارة غرقت.", "ar")[0][1] == (2015, 5, 9)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ar", "في مثل هذا اليوم من عام 2001 غرقت العبارة.", [("2001", (2001, None, None))]),
        ("es", "Un día como hoy de 2001 se hundió el ferry.", [("2001", (2001, None, None))]),
    ],
)
def test_today_inside_a_phrase_for_this_day_of_another_year_is_no_date(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("El ferry se hundió, hoy hace 20 años, frente a la costa.", "hoy hace 20 años"),
        ("Hace 20 años hoy que el ferry se hundió.", "Hace 20 años hoy"),
    ],
)
def test_a_count_of_years_back_with_the_spanish_word_for_today_is_an_anniversary(sentence: str, text: str) -> None:
    assert read(sentence, "es") == [(text, "anniversary-20")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "En la mañana de ese sábado, el ferry salió del puerto."),
        ("pt", "Naquele domingo a balsa saiu do porto."),
        ("de", "An jenem Samstag verließ die Fähre den Hafen."),
    ],
)
def test_a_weekday_after_a_word_pointing_back_is_no_date_of_its_own(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        ("es", "El sábado el ferry salió del puerto.", "El sábado"),
        ("en", "The captain announced that Thursday would be a day of mourning.", "Thursday"),  # a conjunction
    ],
)
def test_a_weekday_alone_or_after_a_conjunction_is_still_one(language: str, sentence: str, text: str) -> None:
    assert read(sentence, language) == [(text, "weekday")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le ferry a coulé un jeudi."),
        ("en", "The ferry sank on a Thursday."),
        ("de", "Die Fähre sank an einem Donnerstag."),
    ],
)
def test_a_weekday_after_an_indefinite_article_is_a_kind_of_day(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "Паром затонул накануне Олимпиады-2008.", [("2008", (2008, None, None))]),
        ("en", "The ferry sank before Expo-2020 opened.", [("2020", (2020, None, None))]),
        ("ru", "Самолёт Су-2000 взлетел.", []),  # a model's letters, no name
    ],
)
def test_a_year_glued_by_a_hyphen_to_a_capitalised_word_names_an_event(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "The first ferry crossed the strait in 1420 and sank.", [("1420", (1420, None, None))]),
        ("pt", "A primeira balsa atravessou o estreito em 1420.", [("1420", (1420, None, None))]),
        ("en", "The flood reached 1420 villages.", []),  # no cue
        ("en", "The ferry carried passengers in 1420 cabins.", []),  # a counted noun follows
        ("ar", "غرقت العبارة عام 1420.", []),  # a Hijri year without its marker, no Gregorian 1420
    ],
)
def test_a_year_before_1500_needs_a_cue_and_nothing_counted_after_it(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Faz dois anos que a balsa afundou.", [("Faz dois anos", "year-2")]),
        ("Faz hoje dois anos que a balsa afundou.", [("Faz hoje dois anos", "anniversary-2")]),
        ("O capitão faz 70 anos em maio.", [("maio", (None, 5, None))]),  # turns 70: an age, no count back
    ],
)
def test_portuguese_faz_with_a_count_of_years_then_que_counts_back(sentence: str, expected: list) -> None:
    assert read(sentence, "pt") == expected
