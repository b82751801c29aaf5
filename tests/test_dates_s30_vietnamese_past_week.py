"""Vietnamese "qua" (past) after a week, month or year: "trong tuần qua" (in the past week) is last week, as
"hôm qua" is yesterday; "vài tháng qua" (the past few months), "3 năm qua" and "năm qua đi" (a year goes by) are no
date. Each sentence is written for the test, on a topic of its own (a ferry's passengers)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Trong tuần qua, bến phà đón hơn ba nghìn khách.", "tuần qua", "week-1"),
        ("Trong tháng qua, bến phà đón hơn ba nghìn khách.", "tháng qua", "month-1"),
        ("Năm qua, bến phà đón hơn ba nghìn khách.", "Năm qua", "year-1"),
    ],
)
def test_the_past_week_month_year(sentence: str, text: str, kind: str) -> None:
    assert dates_read(sentence, "vi") == [(text, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong vài tháng qua, bến phà đón hơn ba nghìn khách.",
        "Trong 3 năm qua, bến phà đón hơn ba nghìn khách.",
        "Một năm qua đi, bến phà vẫn đông khách.",
    ],
)
def test_spans_are_no_dates(sentence: str) -> None:
    assert dates_read(sentence, "vi") == []
