"""Of a header's date lines, the earliest is the page's where a site's clock stands over its stamp; but lines written
in one layout are a listing's item stamps or a blog's day headers, newest first, and the first of them is the page's
("Pondělí, 1. ledna 2024, 11:46" over "Neděle, 30. dubna 2023, 11:39"), when each names its weekday: without it a site's clock
may share its stamps' layout. Each pair of lines is written for the test."""

from __future__ import annotations

import pytest
from briefing.published import from_header


@pytest.mark.parametrize(
    ("lines", "language", "date"),
    [
        (["Pondělí, 1. ledna 2024, 11:46", "Neděle, 30. dubna 2023, 11:39"], "cs", "2024-01-01"),
        (["вторник, 31 августа 2010 г.", "четверг, 26 августа 2010 г."], "ru", "2010-08-31"),
    ],
)
def test_the_first_of_stamps_written_alike_is_the_pages(lines: list[str], language: str, date: str) -> None:
    found = from_header(lines, language)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "lines",
    [
        ["Monday, 3 March 2025", "Posted on 28 February 2025"],
        ["Monday, 3 March 2025", "28/02/2025 10:00"],
        ["03.03.2025 2:49", "28.02.2025 10:00"],
        ["3 March 2025 / 18:30", "28 February 2025 / 14:30"],
    ],
)
def test_a_clock_over_a_stamp_of_another_layout_or_in_figures_gives_the_earlier(lines: list[str]) -> None:
    found = from_header(lines, "en")
    assert found is not None and found.date == "2025-02-28"
