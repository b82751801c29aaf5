"""Fixes of review s9's findings on the date words (issue 15): each test pins the reading of a sentence written for
the tests (on a village's market), never one of a set."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    "sentence",
    [
        "ביום רביעי בערב נפתח השוק בכפר.",  # on Wednesday evening the market opened in the village
        "ביום רביעי בבוקר נפתח השוק בכפר.",  # on Wednesday morning
    ],
)
def test_a_weekday_with_a_part_of_the_day_stays_the_weekday(sentence: str) -> None:
    """Hebrew "בערב", "בבוקר" (in the evening, in the morning) are a part of any day, not today: the weekday
    before them is the date."""
    assert read(sentence, "he") == [("ביום רביעי", "weekday")]


def test_a_part_of_the_day_alone_is_no_date() -> None:
    assert read("השוק נפתח בשבע בבוקר ונסגר בלילה.", "he") == []  # opened at seven in the morning, closed at night


def test_this_evening_is_still_today() -> None:
    assert read("השוק ייפתח הערב בכפר.", "he") == [("הערב", "day+0")]  # the market opens this evening


@pytest.mark.parametrize(
    "sentence",
    [
        "שומרי שבת מחו ליד השוק.",  # Sabbath observers protested by the market
        "ערב שבת הגיע לכפר.",  # Friday evening came to the village
        "הם רצו לשבת בשוק.",  # they wanted to sit in the market
    ],
)
def test_the_sabbath_alone_is_no_weekday(sentence: str) -> None:
    """Hebrew "שבת" without a glued "on" is the Sabbath (or "to sit"), not a Saturday to date an event by."""
    assert read(sentence, "he") == []


def test_on_saturday_is_still_a_weekday() -> None:
    assert read("בשבת נפתח השוק בכפר.", "he") == [("בשבת", "weekday")]
