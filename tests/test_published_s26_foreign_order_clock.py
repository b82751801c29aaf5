"""A date line above the headline writing the language's weekday and month in English order, the month before the
day ("martedì, Marzo 4, 2025", "Salı, Mart 4, 2025"), in a language that writes its dates day first: a theme's clock
of the day the page was viewed, not the page's stamp. Each text is written for the test, on a topic of its own (a
village's new library)."""

from __future__ import annotations

import pytest
from conftest import published_of

LIBRARY = {
    "it": "Nuova biblioteca in paese\n\nIl comune ha aperto una nuova biblioteca nella vecchia scuola del paese.\n",
    "tr": "Köye yeni kütüphane\n\nBelediye eski okul binasında köyün yeni kütüphanesini açtı.\n",
    "en": "New library in the village\n\nThe council opened a new library in the old village school.\n",
}


@pytest.mark.parametrize(
    ("line", "language"),
    [("martedì, Marzo 4, 2025", "it"), ("Salı, Mart 4, 2025", "tr")],
)
def test_the_month_before_the_day_in_a_day_first_language_is_a_themes_clock(tmp_path, line: str, language: str) -> None:
    assert published_of(tmp_path, f"{line}\n\n{LIBRARY[language]}")[0] is None


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("martedì 4 marzo 2025", "it"),  # the language's own order: the page's stamp
        ("4 Mart 2025 Salı", "tr"),
        ("Tuesday, March 4, 2025", "en"),  # English writes the month first
    ],
)
def test_a_stamp_in_the_languages_own_order_dates_the_page(tmp_path, line: str, language: str) -> None:
    assert published_of(tmp_path, f"{line}\n\n{LIBRARY[language]}")[0] == "2025-03-04"
