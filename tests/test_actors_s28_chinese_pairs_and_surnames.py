"""Chinese: two states' one-character short forms before "两国" (the two countries), "关系" (relations), a title or a
word for talks name both states ("中日两国", China and Japan); and a mayor's or minister's name after the title opens
with a common family name the list now holds too ("市长殷…", "市长吉…"). Sentences written for the test (a trade
fair)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, kind: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("中日两国的企业参加了博览会。", ["China", "Japan"]),
        ("韩日外长在博览会期间举行会谈。", ["South Korea", "Japan"]),
        ("英法关系在博览会上受到关注。", ["United Kingdom", "France"]),
    ],
)
def test_two_short_forms_name_two_states(text: str, states: list[str]) -> None:
    assert found(text, "state") == states


@pytest.mark.parametrize("text", ["博览会集中展示了新产品。", "今日中午博览会开幕。"])
def test_no_pair_without_its_word(text: str) -> None:
    assert found(text, "state") == []


@pytest.mark.parametrize(
    ("text", "name"), [("市长殷立新出席博览会开幕式。", "殷立新"), ("省长吉文华表示将支持博览会。", "吉文华")]
)
def test_a_family_name_after_a_title(text: str, name: str) -> None:
    assert found(text, "person") == [name]
