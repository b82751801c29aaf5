"""An English year right before what it names in the singular is a year ("the 2008 financial crisis", "a 2003
attempt", "his 1957 design", "the 2012 campaign"): a count takes its noun in the plural, so "2000 attempts" and "the
2000 soldiers" stay counts. Sentences written for the test (a harbour's history)."""

from __future__ import annotations

from conftest import dates_read


def test_a_year_before_what_it_names() -> None:
    assert dates_read("The harbour never recovered from the 2008 financial crisis.", "en") == [("2008", (2008, None, None))]
    assert dates_read("A 2003 attempt to dredge the harbour failed.", "en") == [("2003", (2003, None, None))]
    assert dates_read("The mayor revived his 1957 design for the quay.", "en") == [("1957", (1957, None, None))]


def test_a_count_before_a_plural_is_no_year() -> None:
    assert dates_read("About 2000 attempts to dredge the harbour failed.", "en") == []
    assert dates_read("The 2000 soldiers left the harbour.", "en") == []
    assert dates_read("The club scored 2008 points this season.", "en") == []
