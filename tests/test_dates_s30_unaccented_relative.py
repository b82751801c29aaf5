"""Relative phrases typed without their accents ("Saptamana trecuta" for "Săptămâna trecută", last week) are read
as the accented ones are, the way month names typed without accents are; Romanian "astăzi" (today) beside the locale
data's "azi". Each sentence is written for the test, on a topic of its own (a village library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Saptamana trecuta, biblioteca satului a primit carti noi.", "Saptamana trecuta", "week-1"),
        ("Săptămâna trecută, biblioteca satului a primit cărți noi.", "Săptămâna trecută", "week-1"),
        ("Biblioteca satului se redeschide astăzi dupa renovare.", "astăzi", "day+0"),
        ("Biblioteca satului se redeschide astazi dupa renovare.", "astazi", "day+0"),
        ("Biblioteca satului se redeschide azi dupa renovare.", "azi", "day+0"),
    ],
)
def test_romanian_relative_words_with_and_without_accents(sentence: str, text: str, kind: str) -> None:
    assert dates_read(sentence, "ro") == [(text, kind)]


def test_other_marks_still_make_other_words() -> None:
    # Vietnamese, whose marks tell words apart, keeps its own reading: "tôi qua" (I go over) is no "tối qua"
    assert dates_read("Tôi qua thư viện của làng mỗi sáng.", "vi") == []


def test_a_phrase_with_some_accents_is_no_unaccented_phrase() -> None:
    # only the whole phrase as the locale data writes it, or with none of its marks, is read
    assert dates_read("Biblioteca satului are o sectiune de carti trecute in registru.", "ro") == []
