"""A year-first date right after a list's number and its dot ("1.2024-03-01"), the number opening the text or a
word, still reads; inside a chain of figures (a case number) it does not. Sentences written for the test (a
tender's stages)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "read"),
    [
        ("Etapas: 1.2025-02-10 e 2.2025-04-15.", "pt", [("2025-02-10", (2025, 2, 10)), ("2025-04-15", (2025, 4, 15))]),
        ("Ponto 12.2025/06/20: entrega dos envelopes.", "pt", [("2025/06/20", (2025, 6, 20))]),
        ("3.2025.07.01. napján lépett hatályba.", "hu", [("2025.07.01", (2025, 7, 1))]),
    ],
)
def test_a_date_after_a_list_number(sentence: str, language: str, read: list) -> None:
    assert dates_read(sentence, language) == read


def test_no_date_at_the_end_of_a_case_number() -> None:
    assert dates_read("O recurso segue no processo 7654-32.2025.3.11.", "pt") == []
