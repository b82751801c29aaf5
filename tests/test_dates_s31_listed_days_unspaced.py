"""Days listed before their month with a comma typed without a space ("3,4 e 5 de março") are one list, as with the
space ("3, 4 e 5 de março"); a figure after a comma that no list of days goes on from is a decimal and no day
("um aumento de 3,4 em 5 de março" is 5 March only). Each sentence is written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("pt", "A feira municipal abre nos dias 7,8 e 9 de junho na praça.", "7,8 e 9 de junho"),
        ("es", "La feria municipal abre los días 7,8 y 9 de junio en la plaza.", "7,8 y 9 de junio"),
        ("fr", "La foire municipale ouvre les 7,8 et 9 juin sur la place.", "7,8 et 9 juin"),
    ],
)
def test_days_listed_without_a_space_are_one_list(language: str, sentence: str, phrase: str) -> None:
    assert read(sentence, language) == [(phrase, (None, 6, 7), (None, 6, 9))]


def test_a_decimal_before_a_day_is_no_day() -> None:
    assert read("A feira registou um aumento de 3,4 por cento em 9 de junho.", "pt") == [("9 de junho", (None, 6, 9))]
