"""An English month used as an adjective before the name of an event dates it ("the April massacre", "the November
elections"), as a year does before it ("the 2015 agreement"); not a month's name that is also a name or a word
(`word_months`: "Theresa May election pledges", "the March attacks" of a protest march), nor a month in lower
case. Sentences written for the test (a harbour town's news)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The harbour closed after the April massacre in the old town.", [("April", (None, 4, None))]),
        ("Fraud marred the November elections that the mayor won.", [("November", (None, 11, None))]),
        ("The port reopened a week after the January earthquake.", [("January", (None, 1, None))]),
        # the first of two months joined by "and" before the event, as before a postposed cue
        ("The April and June elections were both close.", [("April", (None, 4, None)), ("June", (None, 6, None))]),
    ],
)
def test_a_month_before_an_event(sentence: str, expected: list) -> None:
    assert dates_read(sentence, "en") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May election pledges were dropped by the harbour board.",
        "The March attacks on the harbour wall were led by fishermen.",
        "The august summit of harbour masters was held in the old town.",
    ],
)
def test_no_month(sentence: str) -> None:
    assert dates_read(sentence, "en") == []
