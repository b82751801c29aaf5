"""English outlets named after a word for a newspaper's format ("the Swedish tabloid Expressen", `media_words`) and
companies named before "operator" ("the Nord Stream AG operator", `company_words_after`): organisations. The words
alone, lower-case after them or before a day's name, name none. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "en")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Photos were released by the Swedish tabloid Kvallsbladet on Friday.", "Kvallsbladet"),
        ("The story ran in the broadsheet Morning Ledger last week.", "Morning Ledger"),
        ("On Monday the Baltic Link AG operator registered a pressure drop.", "Baltic Link AG"),
    ],
)
def test_an_outlet_or_operator_is_named(text: str, name: str) -> None:
    assert ("organisation", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tabloid press loved the story.",  # lower case after the word
        "The Swedish tabloid reported on Monday.",  # no name after it
        "A tabloid Sunday edition sold out.",  # a day's name
        "The pipeline operator said on Monday that it would reopen.",  # no name before it
    ],
)
def test_no_outlet_from_the_word_alone(text: str) -> None:
    assert "organisation" not in {kind for kind, _ in found(text)}
