"""Dates in languages with no data file, read from what CLDR's own data shows of their grammar (issue 14): a language
whose relative times capitalise every unit's noun (Luxembourgish "virun {0} Joer") takes a bare year before a
lower-case word as German does; CLDR's optional letters ("a(n)", "viru(n)") are both spellings; Maltese, whose
weekday names CLDR writes with an article joined by a hyphen ("It-Tnejn"), has its weekdays, its "today" and
"yesterday" and its years after any article so joined; Esperanto's day keeps its accusative after the format's
hyphen ("la 11-an de aprilo"). Made-up sentences; before, none of these gave its date."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def dates(text: str, language: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    return [(f.text, f.year, f.month, f.day, f.relative) for f in find_dates(text, language)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2019 huet d'Regierung e neit Gesetz gestëmmt.", 2019),
        ("Wärend der Wirtschaftskris 2009 huet d'Bank vill verluer.", 2009),
    ],
)
def test_a_luxembourgish_year_before_a_lower_case_word(text: str, year: int) -> None:
    assert [(d[0], d[1]) for d in dates(text, "lb")] == [(str(year), year)]


def test_a_luxembourgish_count_before_a_noun_stays_a_count() -> None:
    assert dates("Et sinn 2000 Leit op der Manifestatioun gewiescht.", "lb") == []


def test_luxembourgish_relative_times_with_cldrs_optional_letter() -> None:
    (found,) = dates("D'Gesetz gouf viru 5 Joer gestëmmt.", "lb")
    assert found[0] == "viru 5 Joer"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il-Kabinett jiltaqa' t-Tnejn li ġej.", "Tnejn"),
        ("Il-laqgħa saret il-Ħamis wara nofsinhar.", "Ħamis"),
        ("Il-ħwienet jibqgħu magħluqa sal-Ġimgħa.", "Ġimgħa"),
    ],
)
def test_a_maltese_weekday_after_any_hyphened_article(text: str, name: str) -> None:
    assert [(d[0], d[4]) for d in dates(text, "mt")] == [(name, "weekday")]


def test_maltese_today_and_yesterday_without_cldrs_glued_article() -> None:
    found = dates("Mill-bieraħ sal-lum, in-numru ta' każi żdied.", "mt")
    assert [(d[0], d[4]) for d in found] == [("bieraħ", "day-1"), ("lum", "day+0")]


@pytest.mark.parametrize("text", ["Il-liġi daħlet fis-seħħ fl-2015.", "Ilu jmexxi l-kumpanija mill-2015."])
def test_a_maltese_year_after_a_hyphened_article(text: str) -> None:
    assert [(d[0], d[1]) for d in dates(text, "mt")] == [("2015", 2015)]


def test_a_maltese_count_of_two_figures_is_no_year() -> None:
    assert dates("Mill-64 persuna, ħadd ma weġġa'.", "mt") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("La kongreso komenciĝis la 11-an de julio 2019 en Lillo.", "la 11-an de julio 2019"),
        ("Ili renkontiĝis 11-an de julio 2019 en Lillo.", "11-an de julio 2019"),
    ],
)
def test_an_esperanto_day_in_the_accusative(text: str, phrase: str) -> None:
    assert dates(text, "eo") == [(phrase, 2019, 7, 11, None)]


def test_a_maltese_count_of_four_figures_with_its_article_is_no_year() -> None:
    assert dates("Il-1500 ruħ li attendew kienu kuntenti.", "mt") == []
