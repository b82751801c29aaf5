"""A channel's name closed by "TV" (`org_heads`: "Nile News TV said", "told Almasar TV") is an organisation, as a
name closed by "Agency" or "Corporation" is. "TV" alone, after a demonym or before a noun names none. Sentences
written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "en")]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("“The road is closed,” Delta Coast TV said on Monday.", "Delta Coast TV"),
        ("The mayor told Harbourside TV that the ferry would resume.", "Harbourside TV"),
    ],
)
def test_a_name_closed_by_tv_is_a_channel(text: str, channel: str) -> None:
    assert ("organisation", channel) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He appeared on TV last night to defend the plan.",  # the word alone
        "The speech was shown on Canadian TV on Monday.",  # after a demonym
        "TV crews gathered outside the court.",  # before a noun, opening a sentence
    ],
)
def test_no_channel_from_tv_alone(text: str) -> None:
    assert "organisation" not in {kind for kind, _ in found(text)}
