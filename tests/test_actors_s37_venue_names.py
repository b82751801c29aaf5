"""English: a building's kind before a body's head-word (`venue_heads`: "Space Center", "Convention Centre", "Islamic
Centre", "Trade Center") names a venue, a place where things happen, no body that acts ("launched from the Vostochny
Space Center", "the summit at the Sandton Convention Centre"). A body named by its head-word with any other word before
it stays one ("the Joint Operations Centre", "the National Hurricane Center"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "en") if a.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "The satellite was launched on Tuesday from the Vostochny Space Center.",
        "Leaders met at the Sandton Convention Centre in Johannesburg on Friday.",
        "Worshippers gathered at the Riverside Islamic Centre for evening prayers.",
        "Crowds filled the Dubai World Trade Centre for the fair.",
    ],
)
def test_a_venue_is_no_body(text: str) -> None:
    assert bodies(text) == set()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Joint Operations Centre said two vessels were hit.", "Joint Operations Centre"),
        ("The National Hurricane Center said the storm had weakened.", "National Hurricane Center"),
    ],
)
def test_a_body_named_by_its_head_word_stays(text: str, body: str) -> None:
    assert body in bodies(text)
