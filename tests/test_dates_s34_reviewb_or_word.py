"""A language's "or" (CLDR's list pattern), written with or without its marks, joins two dates as a choice, not a
range: Tongan "pē"/"pe". Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_or_without_its_macron_lists_two_dates() -> None:
    found = dates_read("ʻE fai ʻa e fakataha ʻi he ʻaho 27 ʻo Sānuali pe 3 ʻo Fēpueli.", "to")
    assert [d[1:] for d in found] == [((None, 1, 27),), ((None, 2, 3),)]
