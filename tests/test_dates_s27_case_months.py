"""A month's name in another case after a short word (a preposition), where the language's word for "in" is
unknown: the forms dateparser's locale file lists and CLDR writes nowhere ("maju", "lutym", "listopadzie": Polish
for in May, February, November) are the month alone, as CLDR's wide names are
("in Mei"). A preposition of one letter opening the sentence takes its capital ("W maju"). Each sentence is written
for the test, on a topic of its own (a river's bridge)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "text", "month"),
    [
        ("Most otwarto w maju.", "pl", "maju", 5),
        ("Most zamknięto w lutym na remont.", "pl", "lutym", 2),
        ("Most otwarto w listopadzie po remoncie.", "pl", "listopadzie", 11),
        ("W maju most otwarto ponownie.", "pl", "maju", 5),
        ("W lutym most zamknięto.", "pl", "lutym", 2),
    ],
)
def test_a_month_in_another_case_after_a_preposition(sentence: str, language: str, text: str, month: int) -> None:
    assert dates_read(sentence, language) == [(text, (None, month, None))]


def test_with_its_day_the_date_is_unchanged() -> None:
    assert dates_read("Most otwarto 5 maja.", "pl") == [("5 maja", (None, 5, 5))]


def test_no_month_without_its_preposition() -> None:
    assert dates_read("Most otwarto maju.", "pl") == []
