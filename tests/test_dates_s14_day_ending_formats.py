"""A CLDR date format that glues a quoted ending to its day ("d'mh' MMMM y", Scottish Gaelic) reads, in full and
without its year, and its forms compile: before, the month-and-year form cut from it lost an opening parenthesis
and every source the language guesser took for Gaelic stopped the build with a regular-expression error."""

from __future__ import annotations

from briefing.dates import find_dates


def test_a_gaelic_date_with_the_days_ending_is_read() -> None:
    (found,) = find_dates("Chaidh an t-aonta a shoidhneadh air 3mh dhen Mhàrt 2024 ann an Glaschu.", "gd")
    assert (found.year, found.month, found.day) == (2024, 3, 3)
    assert found.text == "3mh dhen Mhàrt 2024"


def test_a_gaelic_date_without_its_year_stays_year_less() -> None:
    (found,) = find_dates("Thachair e air 3mh dhen Mhàrt.", "gd")
    assert (found.year, found.month, found.day) == (None, 3, 3)


def test_a_text_of_quotes_alone_read_as_gaelic_gives_no_date() -> None:
    assert find_dates("' '", "gd") == []
