"""Two newspapers the news quotes as sources in every language, The Wall Street Journal and The Washington Post, are
outlets: named in a sentence they are organisations, and "Washington" inside the second's name is not the United
States; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The deal could collapse next week, The Wall Street Journal reported.", "en", "The Wall Street Journal"),
        ("Officials confirmed the talks to The Washington Post on Friday.", "en", "The Washington Post"),
        ("Как пишет «Уолл-стрит джорнэл», сделка может сорваться.", "ru", "The Wall Street Journal"),
        ("وذكرت صحيفة واشنطن بوست أن المحادثات توقفت.", "ar", "The Washington Post"),
    ],
)
def test_the_newspaper_is_an_organisation(text: str, language: str, name: str) -> None:
    assert (name, "organisation") in found(text, language)


def test_washington_in_the_newspapers_name_is_no_state() -> None:
    assert not any(kind == "state" for _, kind in found("A spokesman told The Washington Post that no date was set.", "en"))
