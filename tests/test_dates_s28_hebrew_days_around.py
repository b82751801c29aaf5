"""Hebrew's words for the day before yesterday, last night and the day after tomorrow ("שלשום", "אמש",
"מחרתיים"), which dateparser's Hebrew file names only as a count of days or not at all
(data/dates/additions/he.yaml). Each sentence is written for the test, on a topic of its own (a town's market)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("השוק העירוני נסגר שלשום בגלל הגשם.", "day-2"),
        ("אמש נפתח השוק העירוני מחדש.", "day-1"),
        ("השוק העירוני ייפתח מחרתיים בבוקר.", "day+2"),
    ],
)
def test_a_day_around_the_time_of_writing(sentence: str, kind: str) -> None:
    assert [value for _, value in dates_read(sentence, "he")] == [kind]
