"""A call's deadline under its label, with the same date written in the headline: the headline is not the date
line, so the deadline is still no date of the page. A date line at the head with the same date again under a
deadline far below stays the page's. Texts written for the test (a choir's call for singers)."""

from __future__ import annotations

import pytest
from conftest import published_of

LEDE = "The town choir is looking for tenors and basses to join its spring concert at the old church, it said.\n"


@pytest.mark.parametrize(
    "head",
    [
        "Choir seeks singers: sign up by May 3, 2026\n\nApplication deadline\nMay 3, 2026\n\n",
        "Sign up by 10 June 2025 to sing with the town choir\n\nApplication deadline\n10 June 2025\n\n",
    ],
)
def test_a_deadline_the_headline_repeats_is_no_stamp(tmp_path, head: str) -> None:
    assert published_of(tmp_path, head + LEDE)[0] is None


def test_the_head_date_line_stays_with_the_same_deadline_below(tmp_path) -> None:
    text = "Choir seeks singers\n\nMay 3, 2026\n\n" + LEDE + "\nApplication deadline\nMay 3, 2026\n"
    assert published_of(tmp_path, text)[0] == "2026-05-03"
