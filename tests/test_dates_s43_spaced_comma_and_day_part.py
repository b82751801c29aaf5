"""A month, day and year with a space before the comma ("August 16 , 2025"), as a dateline or in a sentence; a weekday
and its part of the day before a day of the month with no year ("vendredi soir 12 septembre"): one date. Sentences
written for the test."""

from __future__ import annotations

from briefing.dates import find_dates


def spans(sentence: str, language: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(m.text, m.year, m.month, m.day) for m in find_dates(sentence, language)]


def test_a_space_before_the_comma_keeps_the_year() -> None:
    assert ("August 16 , 2025", 2025, 8, 16) in spans("Anchorage, Alaska, August 16 , 2025", "en")


def test_a_dateline_with_a_space_before_the_comma_is_the_page_date(tmp_path) -> None:
    from conftest import opening_date

    assert opening_date(tmp_path, "Anchorage, Alaska, August 16 , 2025\n\nThe leaders met on Friday.") == "2025-08-16"


def test_a_weekday_and_its_evening_before_a_yearless_day_are_one_date() -> None:
    assert spans("Sushila Karki a pris vendredi soir 12 septembre ses fonctions.", "fr") == [
        ("vendredi soir 12 septembre", None, 9, 12)
    ]


def test_a_weekday_apart_from_a_yearless_day_stays_apart() -> None:
    found = spans("Il est venu vendredi, et le 12 septembre il est parti.", "fr")
    assert [text for text, *_ in found] == ["vendredi", "12 septembre"]
