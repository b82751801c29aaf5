"""Dates in Chichewa, Sesotho, Shona and Malagasy from the words their date files add to CLDR's and dateparser's
(`data/dates/additions/ny.yaml`, `st.yaml`, `sn.yaml`, `mg.yaml`); each sentence is written for the test, on a
topic of its own (a town library)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Laibulale idzatsegulidwa mawa.", [("mawa", "day+1")]),  # tomorrow
        ("Ana anawerenga mabuku dzulo.", [("dzulo", "day-1")]),  # yesterday
        ("Mabuku atsopano adafika sabata yatha.", [("sabata yatha", "week-1")]),  # last week
        ("Laibulale idzakulitsidwa chaka chamawa.", [("chaka chamawa", "year+1")]),  # next year
        ("Laibulale inatsegulidwa mu mwezi wa Julai 2021.", [("Julai 2021", (2021, 7, None))]),  # CLDR's July
    ],
)
def test_chichewa_dates(sentence: str, found: list) -> None:
    assert dates_read(sentence, "ny") == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Bana ba tlile ho bala libuka kajeno.", [("kajeno", "day+0")]),  # today
        ("Laeborari e tla buloa hosane.", [("hosane", "day+1")]),  # tomorrow
        ("Sekolo se koetsoe selemong se fetileng.", [("selemong se fetileng", "year-1")]),  # last year
        ("Laeborari e ile ea buloa ka la-14 Phupu 2022.", [("14 Phupu 2022", (2022, 7, 14))]),  # "la-" before the day
        # a range's "ho isa" (to) and November as Lesotho spells it ("Pudungwana" in South Africa's spelling, CLDR's)
        ("Libuka li tla fihla ka la 3 ho isa 5 Pulungoana.", [("3 ho isa 5 Pulungoana", (None, 11, 3), (None, 11, 5))]),
        ("Bana ba tla khutla ka Labobeli.", [("Labobeli", "weekday")]),  # Lesotho's Tuesday
    ],
)
def test_sesotho_dates(sentence: str, found: list) -> None:
    assert dates_read(sentence, "st") == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Mabhuku matsva akasvika gore rapfuura.", [("gore rapfuura", "year-1")]),  # last year
        ("Raibhurari ichavhurwa neMugovera.", [("neMugovera", "weekday")]),  # on Saturday, "ne-" glued
        ("Raibhurari ichavhurwa ne-Chishanu.", [("ne-Chishanu", "weekday")]),  # on Friday, after a hyphen
        ("Raibhurari ichavhurwa neChipiri chinouya.", [("neChipiri chinouya", "next-weekday")]),  # next Tuesday
        ("Raibhurari yakavhurwa musi wa14 Chikunguru, 2022.", [("14 Chikunguru, 2022", (2022, 7, 14))]),  # "wa" glued
    ],
)
def test_shona_dates(sentence: str, found: list) -> None:
    assert dates_read(sentence, "sn") == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Nisokatra ity herinandro ity ny tranomboky.", [("ity herinandro ity", "week+0")]),  # this week
        ("Nisokatra ny taona lasa ny tranomboky.", [("taona lasa", "year-1")]),  # last year
    ],
)
def test_malagasy_dates(sentence: str, found: list) -> None:
    assert dates_read(sentence, "mg") == found


def test_chichewas_name_of_the_united_states() -> None:
    """CLDR names no state in Chichewa; "Amerika" is the United States."""
    found = [f.name for f in find_actors("Mkulu wa laibulale anapita ku Amerika chaka chatha.", "ny") if f.kind == "state"]
    assert found == ["United States"]
