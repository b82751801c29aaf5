"""A weekday after a word for "every" is every week's day, no date ("jeden Dienstag", "stets am Dienstag", "every
Tuesday", "cada martes", "chaque mardi", "ogni martedì"): a body's notice of when it meets. A weekday without
such a word stays a day. Sentences written for the test, on a topic of their own (a choir)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Chor probt jeden Dienstag.", "de"),
        ("Der Chor probt ab kommender Woche wieder stets am Dienstag.", "de"),
        ("The choir rehearses every Tuesday.", "en"),
        ("El coro ensaya cada martes.", "es"),
        ("El coro ensaya todos los martes.", "es"),
        ("La chorale répète chaque mardi.", "fr"),
        ("Il coro prova ogni martedì.", "it"),
    ],
)
def test_every_weekday_is_no_date(sentence: str, language: str) -> None:
    assert [value for _, value in dates_read(sentence, language) if value == "weekday"] == []


@pytest.mark.parametrize(
    ("sentence", "language", "phrase"),
    [
        ("Der Chor probte am Dienstag.", "de", "am Dienstag"),
        ("Er war immer noch am Dienstag im Saal.", "de", "am Dienstag"),  # "immer noch": still, not always
        ("Each singer arrived on Tuesday.", "en", "on Tuesday"),  # "each" of a noun, not of the day
        ("El coro ensayó el martes.", "es", "el martes"),
        ("La chorale a répété mardi.", "fr", "mardi"),
    ],
)
def test_a_weekday_alone_stays_a_day(sentence: str, language: str, phrase: str) -> None:
    assert dates_read(sentence, language) == [(phrase, "weekday")]
