"""Review of 'TV' closing a channel's name (94ffe930): one capitalised word before it opening a sentence ("State TV
said", "Reality TV has") or after an article or possessive ("a new Samsung TV") names a kind of programme or a set,
no channel; a channel read inside a sentence stays. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "en") if a.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "State TV said the vote was peaceful.",
        "Reality TV has changed how people watch.",
        "He bought a new Samsung TV last week.",
        "Their Philips TV stopped working.",
    ],
)
def test_no_channel_from_a_genre_or_a_set(text: str) -> None:
    assert not any(name.endswith("TV") for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("The report aired on Lakeshore News TV on Monday.", "Lakeshore News TV"),
        ("A presenter told Qamar TV that the road was closed.", "Qamar TV"),
    ],
)
def test_a_channel_inside_a_sentence_stays(text: str, channel: str) -> None:
    assert channel in organisations(text)
