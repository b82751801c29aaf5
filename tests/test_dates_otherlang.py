"""Dates in a language the package has no data file for, read from its locale data alone: a year beside the
language's word for "year" (dateparser's and CLDR's, in its inflected forms), never the word it counts years with,
a day written with the full stop CLDR's long date format puts after it, and a month named in the case CLDR writes
only in dates; on made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from conftest import build_project, make_project, read_json


def read(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "year"),
    [
        ("pl", "Fabrykę otwarto w 2011 roku pod Poznaniem.", 2011),  # the genitive, not the count's "lat"
        ("pl", "W 2011 r. fabrykę otwarto pod Poznaniem.", 2011),  # its abbreviation
        ("cs", "Továrnu otevřeli v roce 2011 u Brna.", 2011),  # "rok" inflected with its last letter changed
        ("id", "Pabrik itu dibuka pada tahun 2011 di Bandung.", 2011),
        ("sv", "Fabriken öppnade år 2011 utanför Umeå.", 2011),
        ("ro", "Fabrica a fost deschisă în anul 2011 lângă Cluj.", 2011),
        ("he", "המפעל נפתח בשנת 2011 ליד חיפה.", 2011),
    ],
)
def test_a_year_beside_the_languages_word_for_year(language: str, sentence: str, year: int) -> None:
    assert [(d.year, d.month) for d in find_dates(sentence, language)] == [(year, None)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pl", "Zamek stoi od ponad 1200 lat nad rzeką."),  # the count's own word
        ("cs", "Hrad stojí přes 1200 let nad řekou."),
        ("sv", "Borgen har stått i 1200 år vid floden."),
        ("id", "Menurut Peraturan Nomor 7 Tahun 2011 pabrik itu ditutup."),  # a law's number and year: a name
        ("nl", "De fabriek telde 2011 werknemers."),  # no word for "year": a count
    ],
)
def test_a_count_of_years_or_a_number_without_the_word_is_no_year(language: str, sentence: str) -> None:
    assert find_dates(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("cs", "Továrnu otevřeli 15. července 2011 u Brna.", [("15. července 2011", (2011, 7, 15))]),
        ("cs", "Jednání skončilo 3. března po poledni.", [("3. března", (None, 3, 3))]),
        ("da", "Fabrikken åbnede den 15. juli 2011 ved Aarhus.", [("15. juli 2011", (2011, 7, 15))]),
    ],
)
def test_a_day_with_the_full_stop_of_the_languages_date_format(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "month"),
    [
        ("cs", "Nová pravidla začnou platit od začátku prosince.", 12),  # "prosince", not the name alone "prosinec"
        ("pl", "Prace ruszą w połowie kwietnia nad rzeką.", 4),
    ],
)
def test_a_month_in_the_case_only_a_date_gives_it_is_a_month_alone(language: str, sentence: str, month: int) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(sentence, language)] == [(None, month, None)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ro", "Guvernul a cerut mai multe fonduri pentru spitale."),  # a name the same alone and in a date: a word
        ("pl", "Maja Nowak otworzyła wystawę."),  # capitalised: a given name
    ],
)
def test_a_month_name_that_does_not_decline_or_a_name_is_no_month_alone(language: str, sentence: str) -> None:
    assert find_dates(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("sv", "Mötet hölls den 4 och 5 maj i Umeå.", ("4 och 5 maj", (None, 5, 4), (None, 5, 5))),
        ("cs", "Sjezd se konal od 4. do 6. května v Brně.", ("4. do 6. května", (None, 5, 4), (None, 5, 6))),
        ("id", "Pameran berlangsung 4 sampai 6 Mei 2019 di Bandung.", ("4 sampai 6 Mei 2019", (2019, 5, 4), (2019, 5, 6))),
    ],
)
def test_two_days_joined_by_a_word_no_file_lists_are_a_range(language: str, sentence: str, expected: tuple) -> None:
    (found,) = find_dates(sentence, language)
    assert (found.text, (found.year, found.month, found.day), found.last) == expected


def test_a_number_a_word_and_a_day_more_than_a_week_later_are_no_range() -> None:
    # "at 10 o'clock on 26 May": a time, not the first day of a range
    assert read("Tåget gick klockan 10 den 26 maj från Umeå.", "sv") == [("26 maj", (None, 5, 26))]


def test_a_czech_source_exports_its_dates(tmp_path: Path) -> None:
    text = (
        "Nová továrna u Brna\n\n"
        "Továrnu u Brna otevřeli v roce 2011 za účasti ministra. Druhou halu dokončili 15. července 2019 a "
        "zaměstnává 1200 lidí.\n"
    )
    root = make_project(tmp_path, {"tovarna.txt": text})
    site = build_project(root, tmp_path / "site")
    dated = {(e["date"], e["precision"]) for e in read_json(site, "api/events.json")}
    assert {("2011", "year"), ("2019-07-15", "day")} <= dated
