"""Publication dates in the openings of pages from outlets nobody tuned for (issue 14, item 5): each text is
written for the test, on a topic of its own (a district's new water tank)."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates
from conftest import published_of


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("जिला परिषद ने 9 फरवरी 2025 को नई पानी की टंकी को मंज़ूरी दी।", "hi", 2),  # no nukta, as texts often type it
        ("जिला परिषद ने 9 फ़रवरी 2025 को नई पानी की टंकी को मंज़ूरी दी।", "hi", 2),  # CLDR's spelling, with it
        ("জেলা পরিষদ ৯ জানুযারি ২০২৫ তারিখে নতুন জলের ট্যাংক অনুমোদন করেছে।", "bn", 1),  # "য" without its nukta
    ],
)
def test_a_month_name_is_read_with_or_without_its_nukta(text: str, language: str, month: int) -> None:
    found = [(d.year, d.month, d.day) for d in find_dates(text, language)]
    assert found == [(2025, month, 9)]


def test_a_dateline_with_a_month_written_without_nukta_dates_the_page(tmp_path) -> None:
    text = "नई पानी की टंकी\n\nप्रकाशित: 9 फरवरी 2025\n\nजिला परिषद ने बुधवार को नई पानी की टंकी को मंज़ूरी दी। काम अगले महीने शुरू होगा।\n"
    assert published_of(tmp_path, text) == ("2025-02-09", "header")
