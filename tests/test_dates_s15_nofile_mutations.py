"""Dates in Welsh and Irish, languages with no data file, as their initial mutations write the names (issue 14):
Welsh soft-mutates a month's name after "ar" ("ar Fawrth 30": on 30 March) and nasalises it after "yng"
("yng Ngorffennaf 2019"), and writes "dydd" (day) of a weekday's name in lower case and mutated ("ddydd Iau": on
Thursday) where CLDR writes "Dydd Iau". Made-up sentences; before, none gave its date."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def dates(text: str, language: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    return [(f.text, f.year, f.month, f.day, f.relative) for f in find_dates(text, language)]


def test_a_soft_mutated_welsh_month_beside_a_day() -> None:
    assert dates("Ar Fawrth 30, cyhoeddodd y llywodraeth gynllun newydd.", "cy") == [("Fawrth 30", None, 3, 30, None)]


def test_a_nasalised_welsh_month_before_a_year() -> None:
    assert dates("Daeth y ddeddf i rym yng Ngorffennaf 2019.", "cy") == [("Ngorffennaf 2019", 2019, 7, None, None)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Bydd y pwyllgor yn cyfarfod ddydd Iau i drafod y gyllideb.", "ddydd Iau"),
        ("Cafodd y cynnig ei drafod dydd Mawrth yn y Senedd.", "dydd Mawrth"),
    ],
)
def test_a_welsh_weekday_in_running_text(text: str, phrase: str) -> None:
    assert [(d[0], d[4]) for d in dates(text, "cy")] == [(phrase, "weekday")]


def test_a_welsh_month_alone_is_not_mutated_into_a_common_word() -> None:
    # "Fai" (Mai, May, mutated) is also a word ("more"): three letters are too few to read as a month
    assert dates("Mae angen fai o arian ar y cyngor 30 o weithiau.", "cy") == []


# Mongolian, no data file either: CLDR names its months by ordinals ("аравдугаар сар", the tenth month) and writes
# figures for them in the abbreviated names ("10-р сар"); texts write the wide name with figures ("10 дугаар сар")
# and glue a case ending to it as CLDR's format does ("MMMM'ын'"); and the format's word after the year ("y 'оны'")
# makes a year of a number alone.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Сонгууль 10 дугаар сарын 7-ны өдөр болсон.", ("10 дугаар сарын 7-ны", None, 10, 7, None)),
        ("Хурал 2024 оны зургаадугаар сард болно.", ("2024 оны зургаадугаар сард", 2024, 6, None, None)),
        ("УИХ-ын 2024 оны сонгуулийн дүн гарлаа.", ("2024", 2024, None, None, None)),
        ("Санал хураалт 2024 оны зургаадугаар сарын 26-ны өдөр болно.", ("2024 оны зургаадугаар сарын 26-ны", 2024, 6, 26, None)),
    ],
)
def test_a_mongolian_month_named_by_its_figure_and_a_year_by_its_word(text: str, found: tuple) -> None:
    assert dates(text, "mn") == [found]
