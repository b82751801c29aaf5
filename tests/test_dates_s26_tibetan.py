"""Dates in Tibetan script, from CLDR's data alone: its months written with figures ("ཟླ་༡༢", the twelfth month),
the figures as the text spaces them ("ཟླ་ ༡༢ ཚེས་ ༢༠", where CLDR's formats write none), with a zero before one
figure, and as Tibetan mixes the wide name's words with the figure ("ཟླ་བ་ ༨", "ཟླ་ ༦ པའི་"). The sentences are
written for the test, on a topic of their own (a town's new school)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize("language", ["bo", "dz"])
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "ཕྱི་ལོ་ ༢༠༢༥ ཟླ་ ༣ ཚེས་ ༡༠ ཉིན་གྲོང་ཁྱེར་གྱི་སློབ་གྲྭ་གསར་པ་སྒོ་ཕྱེ་ཡོད།",
            ("ཕྱི་ལོ་ ༢༠༢༥ ཟླ་ ༣ ཚེས་ ༡༠", (2025, 3, 10)),
        ),
        ("༢༠༢༤ ཟླ་༡༡ཚེས་༥ ཉིན་སློབ་ཕྲུག་ཚོ་ཡོང་ཡོད།", ("༢༠༢༤ ཟླ་༡༡ཚེས་༥", (2024, 11, 5))),
        (
            "ཕྱི་ལོ་ ༢༠༢༣ ཟླ་ ༠༩ ཚེས་ ༡༨ ཉིན་དགེ་རྒན་གསར་པ་ཡོང་ཡོད།",
            ("ཕྱི་ལོ་ ༢༠༢༣ ཟླ་ ༠༩ ཚེས་ ༡༨", (2023, 9, 18)),
        ),
    ],
)
def test_a_tibetan_date_in_figures(language: str, sentence: str, found: tuple) -> None:
    assert dates_read(sentence, language) == [found]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("ཕྱི་ལོ་ ༢༠༢༢ ཟླ་བ་ ༨ ཚེས་ ༣ ཉིན་སློབ་གྲྭ་ཁ་ཕྱེ་ཡོད།", ("ཕྱི་ལོ་ ༢༠༢༢ ཟླ་བ་ ༨ ཚེས་ ༣", (2022, 8, 3))),
        ("ཕྱི་ལོ་ ༢༠༢༡ ཟླ་ ༦ པའི་ཚེས་ ༢༩ ཉིན་ཚོགས་འདུ་འཚོགས་ཡོད།", ("ཕྱི་ལོ་ ༢༠༢༡ ཟླ་ ༦ པའི་ཚེས་ ༢༩", (2021, 6, 29))),
    ],
)
def test_a_tibetan_month_with_the_words_of_its_wide_name(sentence: str, found: tuple) -> None:
    assert dates_read(sentence, "bo") == [found]
