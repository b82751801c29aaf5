"""Review B 12: a Hindi press note's dateline closed by a slash ("गोंडा 12 मार्च/…") is none where another date
follows in the same sentence: "नामांकन 9 मई/जांच 12 मई को होगी" lists a schedule's days (nominations, scrutiny).
Texts written for the test (a district's elections and exams), none from an evaluation set."""

from __future__ import annotations

import pytest
from conftest import published_of

REST = "जिला निर्वाचन अधिकारी ने बताया कि सभी तैयारियां पूरी कर ली गई हैं।\n"


@pytest.mark.parametrize(
    "opening",
    [
        "नामांकन 9 मई/जांच 12 मई को होगी। ",  # nominations on 9 May, scrutiny on 12 May
        "लिखित परीक्षा 18 फरवरी/मौखिक परीक्षा 25 फरवरी से शुरू होगी। ",  # written, then oral exams
        "प्रचार 2 जून/मतदान 4 जून तक चलेगा। ",  # campaigning, polling
    ],
)
def test_a_schedule_of_two_days_is_no_dateline(tmp_path, opening: str) -> None:
    assert published_of(tmp_path, opening + REST)[0] is None


def test_a_press_note_dateline_still_dates_the_page(tmp_path) -> None:
    assert published_of(tmp_path, "गोंडा 12 मार्च/" + REST)[0] == "--03-12"
