"""Review B 9: an English legislature alone before a lower-case word is a body qualifying a noun only where that
word is no verb: a past form ("The Senate adjourned …") or a form in -s before an article ("The Senate passes
the …") is the body's verb, and the body stays. "the Parliament buildings", "the Senate chamber" qualify a noun.
Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "en")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Last week the Senate rejected the harbour tax after a long debate.", "Senate"),
        ("After midnight the Senate adjourned until Thursday.", "Senate"),
        ("In a late session the Parliament approved the fisheries reform.", "Parliament"),
        ("Each spring the Senate passes a budget for the parks.", "Senate"),
    ],
)
def test_a_verb_after_the_legislature_keeps_it(text: str, body: str) -> None:
    assert ("organisation", body) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered outside the Parliament buildings downtown.",
        "Tourists visited the Senate chamber on Sunday.",
        "Workers repainted the Parliament gates in the spring.",
    ],
)
def test_a_noun_after_the_legislature_is_qualified(text: str) -> None:
    names = [name for _, name in found(text)]
    assert "Parliament" not in names and "Senate" not in names
