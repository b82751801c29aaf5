"""A range of days before a slash and its month ("21-27/8") is no date where another hyphen and figure follow: sets'
scores are written so ("3-6/7-5/6-4"). Each sentence is written for the test, on a topic of its own (a club's
tennis final)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("La joueuse du club a gagné la finale 2-6/6-4/7-5.", "fr"),
        ("Tay vợt của câu lạc bộ vô địch với tỉ số 4-6/7-6/6-2.", "vi"),
        ("Die Spielerin des Vereins gewann das Finale 5-7/6-1/6-3.", "de"),
    ],
)
def test_a_score_of_sets_is_no_date(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


def test_a_range_of_days_is_still_a_date() -> None:
    assert dates_read("Le tournoi du club a lieu du 12-18/6 sur terre battue.", "fr") == [
        ("12-18/6", (None, 6, 12), (None, 6, 18))
    ]
