"""Of a header's date lines, the earliest is the page's where a site's clock stands over its stamp; but lines written in
one layout are a listing's item stamps or a blog's day headers, newest first, and the first of them is the page's
("Čtvrtek, 12. června 2025, 09:15" over two more), when each names its weekday and there are three at least: without
a weekday a site's clock may share its stamps' layout, and two alike may be a clock naming its weekday over a stamp.
Each set of lines is written for the test."""

from __future__ import annotations

import pytest
from briefing.published_header import from_header


@pytest.mark.parametrize(
    ("lines", "language", "date"),
    [
        (
            ["Čtvrtek, 12. června 2025, 09:15", "Úterý, 10. června 2025, 17:02", "Pátek, 6. června 2025, 08:40"],
            "cs",
            "2025-06-12",
        ),
        (["вторник, 31 августа 2010 г.", "четверг, 26 августа 2010 г.", "среда, 18 августа 2010 г."], "ru", "2010-08-31"),
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
