"""The word for today beside a date inside a quotation (an old letter read aloud, a statement quoted from another
day) or in an outlet's quoted name is not the day the page was written; a writer's own "today" still is. Sentences
written for the test."""

from __future__ import annotations

import pytest
from briefing.published import from_today


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il parroco ha letto la lettera del nonno del 1958: «Oggi, giovedì 3 luglio 1958, il ponte è crollato».", "it"),
        ("Як написало видання «Київ сьогодні», 4 вересня 2022 року команда оголосила про трансфер.", "uk"),
        ("Il comitato, riunito due mesi fa, aveva scritto: «Oggi, venerdì 8 settembre 2023, chiudiamo il bando».", "it"),
        ('The council, which met in May, had said: "Today, Monday 8 May 2023, we approve the budget."', "en"),
    ],
)
def test_a_quoted_today_is_not_the_day_of_writing(text: str, language: str) -> None:
    assert from_today(text, language) is None


def test_the_writers_own_today_still_dates_the_page() -> None:
    found = from_today("Il consiglio comunale ha approvato oggi, giovedì 9 novembre 2023, il nuovo piano del traffico.", "it")
    assert found is not None and found.date == "2023-11-09"
