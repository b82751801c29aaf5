"""Dates in languages with no data file, from locale data alone: CLDR's relative times of every plural category
("acum trei ani"), Romanian letters typed with a cedilla, ICU's ordinal endings after a day ("3:e mars"),
dateparser's plain word for "in" before a year, a weekday glued to "on" after a number, a name of Saturday without
the word for "day", and "this evening" as the language says "this month". Sentences written for these tests."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates
from briefing.datewords import ordinal_suffixes


def found(sentence: str, language: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    return [(d.text, d.year, d.month, d.day, d.relative) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # CLDR's "acum {0} ani" (few); dateparser has "acum {0} de ani" (other) and "acum {0} an" (one) only
        ("ro", "Legea a fost adoptată acum trei ani de parlament.", [("acum trei ani", None, None, None, "year-3")]),
        # Serbian in Latin letters: CLDR's sr_Latn, where dateparser writes Cyrillic only
        ("sr", "Most je otvoren pre osam godina u centru grada.", [("pre osam godina", None, None, None, "year-8")]),
        # no figure: CLDR's phrase for the count its plural category "one" holds
        ("he", "הוא עזב את התפקיד לפני חודש ועבר לחו״ל.", [("לפני חודש", None, None, None, "month-1")]),
    ],
)
def test_cldr_relative_times_of_every_plural_category(language: str, sentence: str, expected: list) -> None:
    assert found(sentence, language) == expected


def test_a_romanian_weekday_typed_with_a_cedilla_is_the_weekday() -> None:
    dates = find_dates("Ministrul a vorbit marţi la Bucureşti despre buget.", "ro")
    assert [(d.text, d.relative, d.weekday) for d in dates] == [("marţi", "weekday", 1)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("sv", "Mötet hölls den 3:e mars i Stockholm.", [("3:e mars", None, 3, 3, None)]),
        ("nl", "Op 1e januari 2019 ging de nieuwe wet in.", [("1e januari 2019", 2019, 1, 1, None)]),
    ],
)
def test_icu_ordinal_endings_after_a_day(language: str, sentence: str, expected: list) -> None:
    assert found(sentence, language) == expected


def test_no_ordinal_endings_where_icu_falls_back_to_the_root_or_writes_a_word_first() -> None:
    assert ordinal_suffixes("ur") == []  # ICU's root writes English "th"
    assert ordinal_suffixes("id") == []  # "ke-1": a word before the figures
    assert ":e" in ordinal_suffixes("sv")


@pytest.mark.parametrize(
    ("language", "sentence", "year"),
    [
        ("nl", "De brug werd in 1998 geopend na jaren van bouwen.", 1998),
        ("ro", "Fabrica a fost închisă în 2011 după un incendiu.", 2011),
        ("ro", "Fabrica a fost inchisa in 2011 dupa un incendiu.", 2011),  # typed without accents
        ("ca", "La llei es va aprovar en 2003 després del debat.", 2003),
    ],
)
def test_the_plain_word_for_in_before_a_year(language: str, sentence: str, year: int) -> None:
    assert [(d.year, d.month) for d in find_dates(sentence, language)] == [(year, None)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("sk", "Lístky stoja za 2000 korún na osobu."),  # "za" also says "in three years": no plain "in"
        ("he", "המשטרה גייסה עוד 2000 שוטרים לאבטחה."),  # "עוד": more
    ],
)
def test_no_year_after_a_word_for_in_that_is_another_word_too(language: str, sentence: str) -> None:
    assert find_dates(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("המחיר עלה ל-1,500 ביום רביעי.", [("ביום רביעי", 2)]),  # "on" glued: no count of Wednesdays
        ("הטקס נערך בשבת בירושלים.", [("בשבת", 5)]),  # "שבת" is no number, unlike "שני" (second)
    ],
)
def test_hebrew_weekdays_after_a_number_and_without_the_word_for_day(sentence: str, expected: list) -> None:
    assert [(d.text, d.weekday) for d in find_dates(sentence, "he") if d.relative == "weekday"] == expected


def test_a_number_word_less_the_word_for_day_is_no_weekday() -> None:
    assert find_dates("שני אנשים נפצעו בתאונה.", "he") == []


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("he", "השר ינאם הערב בכנסת על התקציב.", "הערב"),  # as "החודש", this month
        ("sv", "Statsministern talar denna kväll i riksdagen.", "denna kväll"),  # as "denna månad"
    ],
)
def test_this_part_of_the_day_is_today(language: str, sentence: str, phrase: str) -> None:
    assert found(sentence, language) == [(phrase, None, None, None, "day+0")]


def test_a_phrase_the_language_already_reads_keeps_its_meaning() -> None:
    # "i morgon" is tomorrow in Swedish, not "this morning" built from "i år"
    assert [d.relative for d in find_dates("Beslutet fattas i morgon av regeringen.", "sv")] == ["day+1"]


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("da", "Ministeren taler i nat til folketinget.", "i nat"),  # as "i år"; CLDR's abbreviated name "nat"
        ("ca", "El ministre ha parlat aquest vespre al parlament.", "aquest vespre"),  # a format name of one word
    ],
)
def test_this_part_of_the_day_from_other_widths_of_cldr(language: str, sentence: str, phrase: str) -> None:
    assert found(sentence, language) == [(phrase, None, None, None, "day+0")]


def test_a_weekday_with_a_part_of_the_day_glued_to_it_is_that_weekday() -> None:
    dates = find_dates("Het kabinet vergaderde dinsdagavond over de begroting.", "nl")
    assert [(d.text, d.relative, d.weekday) for d in dates] == [("dinsdagavond", "weekday", 1)]


def test_noon_is_no_part_of_today_said_so() -> None:
    # "הצהריים" (the noon) closes "until noon" and opens "אחר הצהריים" (afternoon): a time, not "this afternoon"
    assert find_dates("הישיבה נמשכה עד הצהריים בבניין הממשלה.", "he") == []
