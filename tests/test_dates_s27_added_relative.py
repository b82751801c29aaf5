"""Words for a time relative to the time of writing that the locale data lacks, from a language's additions file
(`data/dates/additions/<language>.yaml`, each word with its source): Korean "이달" (this month) and "지난해" (last
year) beside dateparser's "이번 달" and "작년"; Polish "ubiegły" beside "zeszły", in the genitive after a date
("w maju ubiegłego roku") and its abbreviation "ub. roku". A month (and day) after "지난해", as after "작년", is
one of last year; one before "ubiegłego roku", as before "last year", too. Each sentence is written for the test,
on a topic of its own (a harbour's ferries)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        ("여객선 운항은 지난해 크게 늘었다.", "ko", [("지난해", "year-1")]),
        ("새 여객선은 지난해 11월 취항했다.", "ko", [("지난해 11월", "last-year-month")]),
        ("새 여객선은 지난해 11월 4일 취항했다.", "ko", [("지난해 11월 4일", "last-year-month")]),
        ("항구는 이달 새 부두를 연다.", "ko", [("이달", "month+0")]),
        ("항구는 이달 20일 새 부두를 연다.", "ko", [("이달 20일", "this-month-day")]),
        ("Nowy prom wypłynął w listopadzie ubiegłego roku.", "pl", [("listopadzie ubiegłego roku", "last-year-month")]),
        ("Prom kursował do 4 listopada ub. roku.", "pl", [("4 listopada ub. roku", "last-year-month")]),
        ("W ubiegłym tygodniu port zamknięto.", "pl", [("W ubiegłym tygodniu", "week-1")]),
        ("Liczba pasażerów z ubiegłego roku była rekordowa.", "pl", [("ubiegłego roku", "year-1")]),
    ],
)
def test_an_added_relative_word(sentence: str, language: str, found: list) -> None:
    assert dates_read(sentence, language) == found


def test_the_locale_data_s_words_are_unchanged() -> None:
    assert dates_read("새 여객선은 작년 11월 취항했다.", "ko") == [("작년 11월", "last-year-month")]
    assert dates_read("W zeszłym roku port rozbudowano.", "pl") == [("W zeszłym roku", "year-1")]
