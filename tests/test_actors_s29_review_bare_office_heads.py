"""Actors: an office head's title names a person after it only written after its office ("公安局局长", "卫生署署长":
`titles` of data/detect/zh.yaml); "局长" alone is mostly followed by a common word ("局长何时到任", "厅长万万没有想到"),
and interrogatives and adverbs opening on a family name's character ("何时", "严厉": `not_names`) are no name. Texts
written for these tests (a city's water supply)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if f.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "新处长何时上任，水务部门尚未公布。",
        "局长严厉要求尽快修好水管。",
        "署长万万没有料到水价会上涨。",
        "水务局局长何时到任，目前尚无消息。",
        "水务署署长严格要求各区检查水管。",
    ],
)
def test_a_common_word_after_an_office_heads_title_is_no_person(text: str) -> None:
    assert people(text) == []


def test_the_name_after_an_office_and_its_heads_title_is_still_a_person() -> None:
    assert people("水务局局长何建平说,新水厂下月供水。") == ["何建平"]
