"""Hebrew's set phrases that end in "שלשום" (the day before yesterday) and name no day: "כתמול שלשום" (as before, as
usual) and "לא מאתמול ולא משלשום" (not new); "שלשום" alone, or joined to "אתמול" by "ו", is that day. Each sentence
is written for the test, on a topic of its own (a town's market, a road's potholes)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "אחרי השביתה חזר השוק בעיר להיות כתמול שלשום.",
        "בכפר הכול נשאר כתמול שלשום, גם אחרי הבחירות.",
        "הבורות בכביש לא נפערו מאתמול ולא משלשום.",
    ],
)
def test_the_set_phrase_names_no_day(sentence: str) -> None:
    assert dates_read(sentence, "he") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("השוק בעיר נסגר שלשום בגלל השביתה.", [("שלשום", "day-2")]),
        ("אתמול ושלשום נסגר השוק בעיר.", [("אתמול", "day-1"), ("ושלשום", "day-2")]),
        ("הכביש סגור מאתמול בבוקר.", [("מאתמול", "day-1")]),
    ],
)
def test_the_words_alone_are_days(sentence: str, found: list) -> None:
    assert dates_read(sentence, "he") == found
