"""A sentence of hundreds of dates (scraped tables, lists, text with its full stops lost) is read like the same
dates one by one: each keeps its weekday's words, the month stated before it and the day before it. The overlap
and neighbour checks behind them look only at a date's neighbours, which keeps a 1 MB line linear."""

from collections import Counter

import pytest
from briefing.dates import find_dates

REPEATS = 300


@pytest.mark.parametrize(
    ("unit", "language", "expected"),
    [
        ("Ele falou nesta terça-feira (8/5), ", "pt", {("nesta terça-feira (8/5)", 5, 8, None)}),
        (
            "3月6日消息，5日宣布，",
            "zh",
            {("3月6日", 3, 6, None), ("5日", 3, 5, None)},
        ),  # a day of the cable's month, its year inferred
        (
            "annoncé samedi 28 septembre, tué la veille, ",
            "fr",
            {("samedi 28 septembre", 9, 28, None), ("la veille", 9, 27, "eve")},
        ),
    ],
)
def test_every_repeat_reads_as_the_first(unit: str, language: str, expected: set) -> None:
    alone = {(m.text, m.month, m.day, m.relative) for m in find_dates(unit, language)}
    assert alone == expected
    many = Counter((m.text, m.month, m.day, m.relative) for m in find_dates(unit * REPEATS, language))
    assert many == Counter({reading: REPEATS for reading in expected})
