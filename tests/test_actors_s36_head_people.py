"""A state's body named by its adjective and head-word stops being the body before a word for its members
(`head_people`: "150 Ghanaian police officers landed", the officers): people, no body. The body acting ("the Kenyan
police said"), a capitalised body's name ("Indian Army officers") and a head-word before another noun it names
("Chinese coast guard ships") stay the body. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "A group of 150 Ghanaian police officers landed on Friday.",
        "A Kenyan police officer was injured in the clash.",
        "The Indian army officers met their counterparts on Monday.",
    ],
)
def test_members_are_no_body(text: str) -> None:
    assert "organisation" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kenyan police said two men were arrested.", "Kenya Police"),
        ("Chinese coast guard ships blocked the channel at dawn.", "China Coast Guard"),
        ("Indian Army officers met on Monday.", "Indian Army"),
    ],
)
def test_the_body_stays(text: str, body: str) -> None:
    assert ("organisation", body) in found(text)
