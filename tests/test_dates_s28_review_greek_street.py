"""A Greek street, square or avenue named after a date ("οδός 28ης Οκτωβρίου", "πλατεία 25ης Μαρτίου"): a name,
no day, with or without the ordinal's ending; the same day in a sentence without such a word, or with its year,
is a day. Each sentence is written for the test, on a topic of its own (a road works, a market)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "Τα έργα στην οδό 28ης Οκτωβρίου θα διαρκέσουν δύο μήνες.",
        "Η λαϊκή αγορά μεταφέρεται στην πλατεία 25ης Μαρτίου.",
        "Κλειστή για τα αυτοκίνητα η Λεωφόρος 28ης Οκτωβρίου.",
        "Το νέο φαρμακείο άνοιξε στην οδό 25 Μαρτίου.",
    ],
)
def test_a_street_named_after_a_date_is_no_day(sentence: str) -> None:
    assert dates_read(sentence, "el") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Τα έργα θα ξεκινήσουν την 28η Οκτωβρίου.", [("28η Οκτωβρίου", (None, 10, 28))]),
        ("Η αγορά έκλεισε στην πλατεία στις 25 Μαρτίου 2021.", [("25 Μαρτίου 2021", (2021, 3, 25))]),
    ],
)
def test_a_day_beside_no_street_word_is_a_day(sentence: str, found: list) -> None:
    assert dates_read(sentence, "el") == found
