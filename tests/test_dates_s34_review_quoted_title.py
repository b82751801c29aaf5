"""Review of 'a year inside an act's quoted title is no date' (s34): a quotation of speech after a comma that parts
it from the act's word keeps its year. Sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


def years(text: str, language: str) -> list[str]:
    return [str(value[0]) for _, value, *_ in dates_read(text, language) if isinstance(value, tuple)]


@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        ("ru", "Приняв закон, министр сказал, что «в 2025 году зарплаты повысят».", "2025"),
        ("fr", "Après avoir signé le décret, le maire a déclaré que « en 2028 la ligne sera ouverte ».", "2028"),
        ("fr", "En présentant la loi, elle a promis « un nouveau stade dès 2029 ».", "2029"),
    ],
)
def test_speech_after_an_act_keeps_its_year(language: str, text: str, year: str) -> None:
    assert year in years(text, language)


def test_a_year_in_the_title_is_still_no_date() -> None:
    assert "2026" not in years("Он подписал указ «О программе развития на 2024–2026 годы».", "ru")
