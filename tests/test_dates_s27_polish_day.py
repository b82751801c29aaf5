"""Polish relative days dateparser does not write (additions/pl.yaml): "doba" (a day of 24 hours) after "zeszły" or
"ubiegły" in the genitive ("zeszłej doby", in the past day), and "jutro" (tomorrow) in the genitive after "od" and
"do" ("od jutra", from tomorrow; "do jutra", until tomorrow). Each sentence is written for the test (a city pool)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Ratownicy na miejskim basenie interweniowali zeszłej doby cztery razy.", "zeszłej doby", "day-1"),
        ("Ubiegłej doby z basenu skorzystało 900 osób.", "Ubiegłej doby", "day-1"),
        ("Miejski basen będzie otwarty od jutra.", "od jutra", "day+1"),
        ("Zapisy na kurs pływania trwają do jutra.", "do jutra", "day+1"),
    ],
)
def test_a_polish_relative_day(sentence: str, text: str, kind: str) -> None:
    assert dates_read(sentence, "pl") == [(text, kind)]


def test_the_locale_datas_tomorrow_is_still_read() -> None:
    assert dates_read("Jutro basen będzie zamknięty.", "pl") == [("Jutro", "day+1")]
