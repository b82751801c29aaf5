"""The state Georgia is named by its Wikipedia title, "Georgia (country)", as the annotators name it, apart from the
US state; its names and adjectives in every language still find it, and Georgian bodies keep their own names.
Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Georgia held a parliamentary vote on Saturday.", "en"),
        ("La Géorgie a rappelé son ambassadeur.", "fr"),
        ("Грузия отозвала посла.", "ru"),
        ("Il governo georgiano ha risposto lunedì.", "it"),
    ],
)
def test_the_state_is_named_by_its_title(text: str, language: str) -> None:
    assert states(text, language) == {"Georgia (country)"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Georgian alphabet has 33 letters.", "en"),  # an adjective beside no word for a government
        ("South Georgia lies far in the South Atlantic.", "en"),  # another territory's name
        ("La lingua georgiana ha un alfabeto proprio.", "it"),
    ],
)
def test_no_state_where_none_is_named(text: str, language: str) -> None:
    assert "Georgia (country)" not in states(text, language)
