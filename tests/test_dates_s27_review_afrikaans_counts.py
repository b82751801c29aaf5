"""Afrikaans "in" before a count of things is no year: a plural noun in lower case (ending in -e or -s) follows
the number ("in 1500 skole", in 1,500 schools; "in 2000 motors"). A year after "in" is still read where a verb or
nothing follows ("In 2015 is hy ...", "in 2019 begin"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "Daar is in 1500 skole nog geen elektrisiteit nie.",
        "Die polisie het in 2000 motors op die N1 gestop.",
        "Die munisipaliteit het in 1800 huishoudings water verskaf.",
        "Die storm het dakke in 1200 huise beskadig.",
    ],
)
def test_in_before_a_count_of_things_is_no_year(sentence: str) -> None:
    assert dates_read(sentence, "af") == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2015 is hy tot burgemeester verkies.", 2015),
        ("Sy het in 2019 begin werk.", 2019),
        ("Die maatskappy is in 2008 gestig.", 2008),
    ],
)
def test_in_before_a_year_is_still_a_year(sentence: str, year: int) -> None:
    assert dates_read(sentence, "af") == [(str(year), (year, None, None))]
