"""Review of the Chinese local bodies rule: counts, quantifiers and verbs before a unit are no place's name
("三个县人民政府", "部分地方法院", "建议市人民政府"), and a run of unit characters ("县县县…") is read at once, not
after a minute of backtracking. Texts written for the test."""

from __future__ import annotations

import time

import pytest
from briefing.actors import find_actors
from briefing.detect_unspaced import _subdivision_bodies


def organisations(text: str) -> list[str]:
    return [a.name for a in find_actors(text, "zh") if a.kind == "organisation"]


def test_a_run_of_unit_characters_is_read_at_once() -> None:
    started = time.monotonic()
    assert _subdivision_bodies("县" * 56 + "。", "zh", []) == []
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "会上，三个县人民政府负责人作了发言。",  # a count of counties
        "十一个市人民政府报送了材料。",
        "部分地方法院已经试行新规。",  # "some local courts"
        "多数地方法院表示支持。",
        "建议市人民政府加大投入。",  # a verb, then "the city government"
        "责成县公安局立即调查。",
        "按照县人民政府的要求，村民撤离。",
        "关于成立市公安局专案组的通知",
    ],
)
def test_counts_and_verbs_are_no_place(text: str) -> None:
    assert not any(name.endswith(("人民政府", "公安局", "地方法院")) for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("经安平县人民政府同意，道路封闭。", "安平县人民政府"),
        ("东江省南湖市安平县人民政府发布通告。", "东江省南湖市安平县人民政府"),
        ("白河地方法院今日宣判。", "白河地方法院"),
    ],
)
def test_named_bodies_still_found(text: str, body: str) -> None:
    assert body in organisations(text)
