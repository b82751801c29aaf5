"""Ranges of two days in two months that were read as two dates: where no data file gives the language's joiners,
any one short word (three letters at most since the review) that is no "and" joins
days of the next month a month apart at most ("31 Oktober hingga 12
November", "30 Tachwedd i 12 Rhagfyr"); and a comma may stand before a joiner that is no "and" ("el 31 de
octubre, hasta el 12 de noviembre"). Sentences written for the test (a book fair)."""

from __future__ import annotations

from conftest import dates_read


def test_an_unknown_short_word_joins_days_of_the_next_month() -> None:
    assert dates_read("Cynhelir y ffair o 28 Hydref i 6 Tachwedd.", "cy") == [
        ("28 Hydref i 6 Tachwedd", (None, 10, 28), (None, 11, 6))
    ]


def test_and_or_and_far_apart_days_stay_two_dates() -> None:
    assert dates_read("Pesta buku diadakan 28 Oktober atau 6 November.", "ms") == [
        ("28 Oktober", (None, 10, 28)),
        ("6 November", (None, 11, 6)),
    ]
    assert dates_read("Pesta buku diadakan 3 Oktober hingga 6 Disember.", "ms") == [
        ("3 Oktober", (None, 10, 3)),
        ("6 Disember", (None, 12, 6)),
    ]
    assert dates_read("Pesta buku diadakan 3 Oktober hingga 26 November.", "ms") == [
        ("3 Oktober", (None, 10, 3)),
        ("26 November", (None, 11, 26)),
    ]


def test_a_comma_before_a_joiner_that_is_no_and() -> None:
    assert dates_read("La feria abre el 28 de octubre, hasta el 6 de noviembre.", "es") == [
        ("28 de octubre, hasta el 6 de noviembre", (None, 10, 28), (None, 11, 6))
    ]
    assert dates_read("La feria abrió el 28 de octubre, y el 6 de noviembre.", "es") == [
        ("28 de octubre", (None, 10, 28)),
        ("6 de noviembre", (None, 11, 6)),
    ]


def test_a_comma_before_a_joiner_after_a_month_alone_lists_two_dates() -> None:
    sentence = "La foire a eu lieu en octobre 2013, au 6 novembre 2014 elle a fermé."
    assert dates_read(sentence, "fr") == [("octobre 2013", (2013, 10, None)), ("6 novembre 2014", (2014, 11, 6))]
