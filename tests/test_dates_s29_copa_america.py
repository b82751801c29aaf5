"""South America's football championship, the Copa América, with its year: the year the tournament was held, as the
World Cup's and the European Championship's years are read (`event_year_before`). Each sentence is written for the
test, on a topic of its own (a town's fan zone)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("La plaza del pueblo instaló pantallas para la Copa América 2021.", "es"),
        ("A praça da cidade instalou telões para a Copa América 2021.", "pt"),
        ("The town square put up screens for the Copa América 2021.", "en"),
        ("La place du village a installé des écrans pour la Copa América 2021.", "fr"),
        ("La piazza del paese ha installato schermi per la Copa América 2021.", "it"),
    ],
)
def test_the_year_of_the_copa_america(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == [("2021", (2021, None, None))]


def test_a_count_after_the_name_is_no_year() -> None:
    assert dates_read("La plaza del pueblo recibió a 2021 aficionados de la Copa América.", "es") == []
