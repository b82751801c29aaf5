"""A legislature's head-word after a possessor ("the academy's Senate", a college's own council) is that body's, no
legislature; alone it still is. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "en") if a.kind == "organisation"}


@pytest.mark.parametrize(
    "text", ["The new degree was endorsed by the academy's Senate in May.", "The budget was cut by the school’s Senate."]
)
def test_a_possessed_senate_is_no_legislature(text: str) -> None:
    assert "Senate" not in organisations(text)


def test_the_senate_alone_still_is() -> None:
    assert "Senate" in organisations("The tax reform was endorsed by the Senate in May.")
