"""Greek days of the month written as ordinals in figures ("της 14ης Μαΐου", of the 14th of May; "η 25η Μαρτίου")
and the day after tomorrow and before yesterday ("μεθαύριο", "προχθές"), which neither CLDR nor dateparser's
Greek file carries (data/dates/additions/el.yaml). Each sentence is written for the test, on a topic of its own (a
town's library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("Η εκδήλωση της βιβλιοθήκης της 14ης Μαΐου 2019 ακυρώθηκε.", "14ης Μαΐου 2019", (2019, 5, 14)),
        ("Η συνεδρίαση της 2ας Απριλίου έγινε στη βιβλιοθήκη.", "2ας Απριλίου", (None, 4, 2)),
        ("Η βιβλιοθήκη μένει κλειστή την 25η Μαρτίου.", "25η Μαρτίου", (None, 3, 25)),
    ],
)
def test_an_ordinal_day_is_the_day_of_its_month(sentence: str, text: str, day: tuple) -> None:
    assert dates_read(sentence, "el") == [(text, day)]


def test_two_ordinal_days_of_one_sentence_are_two_dates() -> None:
    found = dates_read("Οι συνεδριάσεις της 1ης Ιουνίου και της 3ης Ιουνίου 2021 δεν έγιναν.", "el")
    assert [value for _, value in found] == [(None, 6, 1), (2021, 6, 3)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Η βιβλιοθήκη θα ανοίξει μεθαύριο το πρωί.", "day+2"),
        ("Η βιβλιοθήκη έκλεισε προχθές για εργασίες.", "day-2"),
    ],
)
def test_two_days_from_the_time_of_writing(sentence: str, kind: str) -> None:
    assert [value for _, value in dates_read(sentence, "el")] == [kind]


def test_an_ordinal_without_a_month_is_no_date() -> None:
    assert dates_read("Η βιβλιοθήκη πήρε την 3η θέση στον διαγωνισμό.", "el") == []
