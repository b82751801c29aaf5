"""A comma before "to" between two full days of different years lists two dates, unless the span is short over the
year's end. Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_days_years_apart_after_a_comma_are_two_dates() -> None:
    assert dates_read("Ouvert le 3 juin 2010, au 9 juillet 2012 le magasin avait fermé.", "fr") == [
        ("3 juin 2010", (2010, 6, 3)),
        ("9 juillet 2012", (2012, 7, 9)),
    ]


def test_a_short_span_over_the_years_end_is_a_range() -> None:
    found = dates_read("La foire dure du 28 décembre 2015, au 3 janvier 2016.", "fr")
    assert found == [("28 décembre 2015, au 3 janvier 2016", (2015, 12, 28), (2016, 1, 3))]
