"""A state's body named by its adjective and head-word stops being the body before a word for its members
(`head_people`: "200 Kenyan police officers arrived", the officers): people, no body. The body acting ("the Kenyan
police said"), a capitalised body's name ("Indian Army officers") and a head-word before another noun it names
("Chinese coast guard vessels") stay the body. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "A contingent of 200 Kenyan police officers arrived on Tuesday.",
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
        ("Chinese coast guard vessels laid the barrier.", "China Coast Guard"),
        ("Indian Army officers met on Monday.", "Indian Army"),
    ],
)
def test_the_body_stays(text: str, body: str) -> None:
    assert ("organisation", body) in found(text)
