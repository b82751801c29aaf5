"""A weekday alone whose name is also a state's in the language names the state; each sentence is written for the
test (a town library)."""

from __future__ import annotations

from conftest import dates_read


def test_shonas_thursday_is_no_date_where_it_names_china() -> None:
    """ "China" is Shona's Thursday and China's name: alone it is the state, glued to "ne-" (on) the day."""
    assert dates_read("China yakavaka raibhurari itsva muHarare.", "sn") == []
    assert dates_read("Raibhurari ichavhurwa neChina chinouya.", "sn") == [("neChina chinouya", "next-weekday")]
