"""German "von 1996 bis 2004" before a noun is a term of years only where the noun is not one that numbers count:
a unit, a currency or people after the pair make it a count ("von 1850 bis 1930 Euro"). Each sentence is written
for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Mieten stiegen von 1850 bis 1930 Euro im Monat.",
        "Der Gipfel liegt von 1730 bis 1790 Meter hoch.",
        "Die Hallen fassten von 1960 bis 1985 Zuschauer.",
        "Die Zahl der Teilnehmer wuchs von 1970 bis 2030 Personen.",
        "Die Strecke steigt von 1410 bis 1480 Höhenmeter an.",
    ],
)
def test_a_pair_of_counts_before_what_they_count_is_no_range(sentence: str) -> None:
    assert read(sentence, "de") == []


def test_a_term_before_a_role_is_still_a_range() -> None:
    assert read("Er war von 1998 bis 2006 Kanzler.", "de") == [("1998 bis 2006", (1998, None, None), (2006, None, None))]
