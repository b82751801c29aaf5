"""A one-letter word opening a sentence with its capital cues the month after it only where the language lists it
as a preposition (Polish "W maju", in May) and only before the month's lower-case case form: "A" and "I" (and) are
no prepositions, and a capitalised word after them is a name ("Maja", "Lipiec"), no month. Each sentence is written
for the test, on a topic of its own (a young athlete, a summer, a bridge)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A Maja pojechała na obóz mimo kontuzji kolana.", "pl"),
        ("I Maja, i jej trener cieszyli się z medalu zdobytego w Krakowie.", "pl"),
        ("I Lipiec był gorący.", "pl"),
        ("A Listopad to miesiąc zadumy.", "pl"),
        ("A Červen začal deštěm.", "cs"),
        ("I Maj z drużyny wrócił do domu.", "pl"),
    ],
)
def test_a_conjunction_opening_the_sentence_cues_no_month(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "text", "month"),
    [("W maju most otwarto ponownie.", "maju", 5), ("W lutym most zamknięto.", "lutym", 2)],
)
def test_a_one_letter_preposition_opening_the_sentence_still_cues_its_month(sentence: str, text: str, month: int) -> None:
    assert dates_read(sentence, "pl") == [(text, (None, month, None))]
