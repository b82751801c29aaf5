"""Indonesian "semalam" (last night; after a verb of staying, "one night": no date) and a Hebrew idiom that ends in a
relative word, written with a hyphen or a maqaf ("כתמול-שלשום": as before, no day). Each sentence is written for the
test, on a topic of its own (a village's well)."""

from __future__ import annotations

import pytest
from conftest import dates_read


def test_last_night_is_the_day_before() -> None:
    assert dates_read("Sumur desa itu kering semalam setelah pompa rusak.", "id") == [("semalam", "day-1")]


@pytest.mark.parametrize(
    "sentence",
    ["Petugas menginap semalam di dekat sumur desa.", "Pompa sumur itu dimatikan selama semalam."],
)
def test_one_night_counted_is_no_date(sentence: str) -> None:
    assert dates_read(sentence, "id") == []


@pytest.mark.parametrize(
    "sentence",
    ["הבאר בכפר פעלה כתמול-שלשום.", "הבאר בכפר פעלה כתמול־שלשום.", "הבאר בכפר פעלה כתמול שלשום."],
)
def test_the_idiom_names_no_day_however_joined(sentence: str) -> None:
    assert dates_read(sentence, "he") == []


def test_the_day_before_yesterday_alone_is_still_a_date() -> None:
    assert dates_read("הבאר בכפר נסגרה שלשום.", "he") == [("שלשום", "day-2")]
