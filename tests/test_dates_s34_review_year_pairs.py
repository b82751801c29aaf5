"""Review of the s34 year ranges: two old years after a noun for pages or rooms are no range, only after a short
"from" or "between"; two years in a row before a count are no term of office. Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_numbered_things_are_no_old_range() -> None:
    assert dates_read("Lees de pagina's 1761 tot 1763 van het archief.", "nl") == []
    assert dates_read("De lokalen 1761 tot 1763 gaan dicht.", "nl") == []


def test_an_old_range_after_from_still_found() -> None:
    assert dates_read("De molen draaide van 1761 tot 1763 niet.", "nl") == [
        ("1761 tot 1763", (1761, None, None), (1763, None, None))
    ]


def test_two_years_in_a_row_before_a_count_are_no_term() -> None:
    assert [t for t, *_ in dates_read("Es reisten zwischen 2016 und 2017 Pilger pro Woche an.", "de")] == []


def test_two_years_in_a_row_before_an_office_are_a_term() -> None:
    assert dates_read("Sie war zwischen 2016 und 2017 Bürgermeisterin der Stadt.", "de") == [
        ("2016 und 2017", (2016, None, None), (2017, None, None))
    ]
