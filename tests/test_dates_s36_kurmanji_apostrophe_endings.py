"""Kurmanji as Turkey's press writes it puts CLDR's endings of a date ("d'ê' MMMM'a' y'an'") after an apostrophe
("25'ê Gulana 2013'an"), names January and December as Turkish does ("Çile", "Kanûn"), and reads a figure with
an ending before "zêdetir" (more than) as a count (`additions/ku.yaml`). Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_date_with_apostrophed_endings_is_that_day() -> None:
    assert dates_read("Civîn di 14'ê Çileya 2019'an de hat kirin.", "ku") == [("14'ê Çileya 2019", (2019, 1, 14))]
    assert dates_read("Pirtûk di 3’ê Gulana 2021’an de derket.", "ku") == [("3’ê Gulana 2021", (2021, 5, 3))]
    assert dates_read("Bajar di Kanûna 2018'an de hat hilbijartin.", "ku") == [("Kanûna 2018", (2018, 12, None))]


def test_a_year_with_an_apostrophed_ending_is_a_year() -> None:
    assert dates_read("Pêşbazî di 2007'an de dest pê kir.", "ku") == [("2007", (2007, None, None))]
    assert dates_read("Ew di 1999'yan de zewicî.", "ku") == [("1999", (1999, None, None))]


def test_a_count_or_a_duration_is_no_date() -> None:
    assert dates_read("Ji 1500'an zêdetir kes beşdar bûn.", "ku") == []
    assert dates_read("Wî 2 salan li wir xebitî.", "ku") == []
    assert dates_read("Li ser 11 bajêran baran barî.", "ku") == []
