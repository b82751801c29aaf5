"""Spanish and Portuguese write a month and its year apart by a slash ("13 de abril/2025", "em abril/2025",
"abr/2025"): the year is the date's. The slash takes a year of four figures only ("13 de abril/25" keeps no year),
and a second month's name after a slash stays as it was read ("24/تشرين الثاني/2017"). Sentences written for the
test (a harbour's closure)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("El puerto cerró el domingo 13 de abril/2025 por la tormenta.", "es", [("el domingo 13 de abril/2025", (2025, 4, 13))]),
        ("O porto fechou em abril/2025 por causa da tempestade.", "pt", [("abril/2025", (2025, 4, None))]),
        ("O porto fechou em abr/2025 por causa da tempestade.", "pt", [("abr/2025", (2025, 4, None))]),
        ("أغلق الميناء في 24/تشرين الثاني/2017 بسبب العاصفة.", "ar", [("24/تشرين الثاني/2017", (2017, 11, 24))]),
    ],
)
def test_a_year_after_a_slash(sentence: str, language: str, expected: list[tuple[str, object]]) -> None:
    assert dates_read(sentence, language) == expected


def test_no_year_of_two_figures_or_a_number() -> None:
    assert dates_read("El puerto cerró el 13 de abril/25 por la tormenta.", "es") == [("13 de abril", (None, 4, 13))]
    assert dates_read("El puerto cerró el 13 de abril/12345 por la tormenta.", "es") == [("13 de abril", (None, 4, 13))]
