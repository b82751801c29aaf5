"""An adverb or conjunction opening a sentence before a body's capitalised words is no part of its name (`openers`:
Uzbek "Shuningdek", also; "Biroq", however), as a word of time is not. Texts written for these tests, on a topic of
their own (a water board)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(surface, f.kind) for f in find_actors(text, language) for surface in f.surfaces]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Shuningdek Suv Xoʻjaligi vazirligi yangi loyihani maʼqulladi.", "Suv Xoʻjaligi vazirligi"),
        ("Biroq Suv Xoʻjaligi vazirligi loyihani rad etdi.", "Suv Xoʻjaligi vazirligi"),
        ("Шунингдек Сув Хўжалиги вазирлиги янги лойиҳани маъқуллади.", "Сув Хўжалиги вазирлиги"),
    ],
)
def test_an_opening_adverb_is_no_part_of_the_body(text: str, body: str) -> None:
    assert (body, "organisation") in found(text, "uz")


def test_a_body_with_its_own_first_word_keeps_it() -> None:
    assert ("Markaziy Saylov komissiyasi", "organisation") in found("Markaziy Saylov komissiyasi qaror qabul qildi.", "uz")
