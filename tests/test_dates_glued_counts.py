"""Where CLDR glues a word to a day's or a year's number ("d日", "d일", "y年"), a count of days and a decade are
no dates: a day followed by a word of a count ("12日間", "5일 동안") and a year by the ending of a decade
("1990年代", "1990년대"); a day or year without them still is. On made-up sentences."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def read(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "新しい橋は12日間で完成した。"),  # CLDR's "{0} 時間" beside "H時": 間 counts
        ("ko", "공사는 12일간 이어졌다."),  # "{0}시간" beside "H시": 간
        ("ko", "선수단은 17일 만에 귀국했다."),  # `count_after`
        ("ko", "축제는 5일 동안 열린다."),
        ("ja", "この工場は1960年代に建てられた。"),
        ("yue", "佢哋喺1990年代移民去加拿大。"),
        ("ko", "이 다리는 1960년대에 지어졌다."),
    ],
)
def test_a_count_of_days_or_a_decade_is_no_date(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the day with the word CLDR's "MMMM d일" glues to it, as "5일" below (read so since CLDR's formats that open
        # with the year are read without it)
        ("ko", "다리는 3월 15일에 개통됐다.", [("3월 15일", (None, 3, 15))]),
        ("ko", "다리는 5일에 개통됐다.", [("5일", (None, None, 5))]),
        ("ja", "橋は5日に開通した。", [("5日", (None, None, 5))]),
        ("yue", "會議喺3月15日舉行。", [("3月15日", (None, 3, 15))]),
        ("yue", "佢哋喺1990年移民去加拿大。", [("1990", (1990, None, None))]),
        ("ko", "다리는 2010년에 개통됐다.", [("2010", (2010, None, None))]),
    ],
)
def test_a_day_or_year_without_them_is_still_read(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
