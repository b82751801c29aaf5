"""Two stamps written alike under the headline are a listing's (the first the page's) only where a line, the next
item's headline, parts them: two in a row are one page's stamps, updated then published, and the earliest is the
publication's, as for any two date lines. Headers written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import opening_date


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Park reopens after the storm\nFriday, 13 June 2025\nWednesday, 11 June 2025", "2025-06-11"),
        ("Museum extends its hours\nSaturday, 7 June 2025\nThursday, 5 June 2025\nThe museum will stay open.", "2025-06-05"),
    ],
)
def test_two_stamps_in_a_row_are_one_pages(tmp_path: Path, header: str, date: str) -> None:
    assert opening_date(tmp_path, header) == date


def test_a_headline_between_two_stamps_still_makes_a_listing(tmp_path: Path) -> None:
    header = "Park reopens after the storm\nFriday, 13 June 2025\n\nMuseum extends its hours\nWednesday, 11 June 2025"
    assert opening_date(tmp_path, header) == "2025-06-13"
