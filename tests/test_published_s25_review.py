"""Publication dates next to words that only look like a meeting's, a briefing's or a dateline's: the meeting words
of `data/publication.yaml` count in the text's own language only, and whole; a heading closing on a dateline is a
statement's only when it names one; a city over a day is a dateline only when it stands alone. Each text is written
for the test, on a topic of its own (a town's new ferry across the lake)."""

from __future__ import annotations

import time

import pytest
from briefing.published_lines import meeting_spans
from conftest import published_of

ENGLISH = (
    "The town's new ferry crossed the lake for the first time. It carries forty cars and runs every hour. "
    "The old ferry will be sold.\n"
)
TURKISH = (
    "Kasabanın yeni feribotu gölü ilk kez geçti. Feribot kırk araç taşıyor ve her saat sefer yapıyor. Eski feribot satılacak.\n"
)


@pytest.mark.parametrize(
    "line",
    ["Published March 4, 2024 | Reading time: 4 minutes", "March 4, 2024 · 3 minutes read"],
)
def test_minutes_of_reading_time_name_no_meeting(tmp_path, line: str) -> None:
    text = f"The new ferry crosses the lake\n\n{line}\n\n{ENGLISH}"
    assert published_of(tmp_path, text)[0] == "2024-03-04"


def test_a_meeting_word_of_another_language_is_no_meeting(tmp_path) -> None:
    """Portuguese "ata" (minutes) is a Turkish surname in a byline."""
    text = f"Yeni feribot gölü geçti\n\nAhmet Ata | 04.03.2024 10:30\n\n{TURKISH}"
    assert published_of(tmp_path, text)[0] == "2024-03-04"


def test_the_minutes_of_a_meeting_still_date_no_page(tmp_path) -> None:
    text = f"Town of Lakeside\n\nMinutes of the council, March 4, 2024\n\n{ENGLISH}"
    assert published_of(tmp_path, text)[0] is None


def test_a_long_run_of_letters_is_searched_for_meeting_words_in_linear_time() -> None:
    start = time.monotonic()
    for language in ("de", "en"):
        assert meeting_spans("a" * 50_000 + "sitzung 04.03.2024", language) == ([(0, 50_007)] if language == "de" else [])
    assert time.monotonic() - start < 5


def test_a_heading_closing_on_a_dateline_that_names_no_statement_dates_no_page(tmp_path) -> None:
    text = (
        "The night the wall fell, Berlin, November 9, 1989\n\n"
        "Crowds gathered at the gates. Guards opened the crossings late at night. People climbed onto the wall.\n"
    )
    assert published_of(tmp_path, text)[0] is None


def test_a_byline_over_a_day_is_no_dateline_on_two_lines(tmp_path) -> None:
    text = f"By Sydney\n\n12 April 2022\n\nThe new ferry crosses the lake\n\n{ENGLISH}"
    assert published_of(tmp_path, text)[0] is None
