"""A day and month in figures without a year, as live pages and fixture lists stamp their entries: before a time
of day ("26/07 à 23:27", "15/7, às 12h", "05/06 10:05"), or after the language's word for one day, CLDR's ("no dia
24/10"). The order of day and month is the language's, as for a whole numeric date. A fraction or a score has
neither. Each text is written for the test, on a topic of its own (a railway between Lomé and Cotonou)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "month", "day"),
    [
        ("26/07 à 18:40 | Le premier train est arrivé à Cotonou.", "fr", "26/07", 7, 26),
        ("Lomé x Cotonou – 15/7, às 12h", "pt", "15/7", 7, 15),
        ("05/06 10:05 The first train left Lomé.", "en", "05/06", 5, 6),
        ("La línea se abrió el 14/03 a las 9:30 en Lomé.", "es", "14/03", 3, 14),
    ],
)
def test_a_day_and_month_before_a_time(sentence: str, language: str, phrase: str, month: int, day: int) -> None:
    assert dates_read(sentence, language) == [(phrase, (None, month, day))]


def test_a_day_and_month_after_the_word_for_day() -> None:
    assert dates_read("A linha foi inaugurada no dia 24/10 em Lomé.", "pt") == [("24/10", (None, 10, 24))]
    assert dates_read("La ligne a été fermée le jour 3/11 à Lomé.", "fr") == [("3/11", (None, 11, 3))]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A linha funciona 24/7 desde a inauguração.", "pt"),
        ("Two thirds, 2/3 of the seats, were sold in Lomé.", "en"),
        ("A mídia 24/10 noticiou a inauguração.", "pt"),  # "dia" inside another word is no cue
    ],
)
def test_figures_without_a_time_or_a_cue_are_no_date(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


@pytest.mark.parametrize(("stamp", "language", "day"), [("04/22 01:38", "en", "--04-22"), ("26/07 18:40", "fr", "--07-26")])
def test_a_stamp_of_figures_reads_as_the_publication_dates_reader_reads_it(stamp: str, language: str, day: str) -> None:
    # the same day in a sentence as in the header's date line (published.py)
    from briefing.published_header import from_header

    ((_, (_, month, dom)),) = dates_read(f"{stamp} The first train left Lomé.", language)
    assert f"--{month:02d}-{dom:02d}" == day
    published = from_header([stamp], language)
    assert published is not None and published.yearless == day


def test_the_publication_dates_reader_keeps_its_own_rules_for_figures() -> None:
    # a header's "05/06" beside a time could be either order: no page date, while a sentence reads it in the
    # language's order; a labelled update's day and month is the page's, year-less
    from briefing.published_header import from_header

    assert from_header(["05/06 10:05"], "en") is None
    assert dates_read("05/06 10:05 The first train left Lomé.", "en") == [("05/06", (None, 5, 6))]
    updated = from_header(["AGGIORNATO IL 16/07 ORE 8:10"], "it")
    assert updated is not None and updated.yearless == "--07-16"
