"""A weekday or range written with Unicode's hyphen or non-breaking hyphen reads as with the hyphen-minus; the year
of a numbered act ("legge n. 213 del 2023") is part of its name, no date. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def values(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(d.text, d.year) for d in find_dates(text, language)]


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011"])
def test_a_weekday_with_any_hyphen(hyphen: str) -> None:
    text = f"O governo anunciou nesta quarta{hyphen}feira novas medidas."
    assert [d.text for d in find_dates(text, "pt")] == [f"nesta quarta{hyphen}feira"]


def test_a_range_with_a_unicode_hyphen() -> None:
    [date] = find_dates("Le elezioni si terranno l'8\u20119 giugno 2025.", "it")
    assert (date.year, date.month, date.day, date.last) == (2025, 6, 8, (2025, 6, 9))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il progetto rientra nella legge n. 213 del 2023 sul bilancio."),
        ("pt", "A Lei nº 14.133, de 2021, trata das licitações."),
        ("es", "Lo establece la Ley núm. 27 de 2019 sobre transparencia."),
    ],
)
def test_a_numbered_acts_year_is_no_date(language: str, text: str) -> None:
    assert values(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [("it", "La legge è stata approvata nel 2023 dal Parlamento."), ("it", "Dal 2023 sono nati 213 progetti.")],
)
def test_a_year_with_its_cue_is_still_a_year(language: str, text: str) -> None:
    assert [year for _, year in values(text, language)] == [2023]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("El presidente dejará el cargo el próximo marzo tras cuatro años.", "marzo"),
        ("Las protestas del pasado marzo dejaron tres muertos.", "pasado marzo"),
    ],
)
def test_a_spanish_month_after_next_or_last(text: str, words: str) -> None:
    [date] = find_dates(text, "es")
    assert (date.text, date.month, date.day) == (words, 3, None)


def test_a_virus_code_before_a_year_is_no_act() -> None:
    text = "Le terme a servi pour la grippe porcine H1N1 en 2009 et le virus Zika en 2016."
    assert [year for _, year in values(text, "fr")] == [2009, 2016]
