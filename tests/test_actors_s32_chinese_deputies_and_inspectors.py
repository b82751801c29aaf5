"""Actors: a Chinese press conference notice lists its speakers by office: the deputy heads ("副厅长", "副局长",
"副处长"), inspectors ("一级巡视员") and a company's general manager ("副总经理"); the name after such a title is a
person, ending before "主持" (presides) and "介绍" (presents) as before "说". Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("请市文化局副局长王建明介绍图书馆建设情况。", "王建明"),
        ("省教育厅一级巡视员陈立新出席发布会。", "陈立新"),
        ("市图书馆集团公司副总经理刘海波到会回答提问。", "刘海波"),
        ("市委宣传部新闻处处长张红梅主持发布会。", "张红梅"),
    ],
)
def test_the_name_after_a_deputy_or_an_inspector_is_a_person(text: str, person: str) -> None:
    assert people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "副局长何时到任还不清楚。",  # a question word after the title, no name
        "公司总经理办公室发出通知。",  # the manager's office, no name
        "一级巡视员制度于去年实施。",  # the inspectors' system, no name
    ],
)
def test_no_name_after_the_title(text: str) -> None:
    assert people(text) == []
