"""Review of the Chinese pairs of short forms and the added family names: two short forms that write a common word
("美德", virtue) name no pair of states, a family name that opens a common word after a title ("康复", recovery;
"祝贺", to congratulate) names no person, and a long text full of pairs is read in linear time (each short form was
checked against every place word, and the rest of the block was copied for each). Sentences written for the test."""

from __future__ import annotations

import time

import pytest
from briefing.actors import find_actors


def found(text: str, kind: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if f.kind == kind]


@pytest.mark.parametrize("text", ["每个人都应该传承传统美德合作共赢。", "同学们发扬勤俭美德合作完成了任务。"])
def test_a_word_of_two_short_forms_is_no_pair(text: str) -> None:
    assert found(text, "state") == []


def test_a_real_pair_still_names_both() -> None:
    assert found("中美关系在会议上受到关注。", "state") == ["China", "United States"]
    assert found("拉美日关系在会议上受到关注。", "state") == ["Japan"]  # 拉美: Latin America, no United States


@pytest.mark.parametrize("text", ["省长康复出院后主持会议。", "主席祝贺大会顺利召开。", "市长尤其关注交通。"])
def test_a_common_word_after_a_title_is_no_name(text: str) -> None:
    assert found(text, "person") == []


def test_many_pairs_in_linear_time() -> None:
    find_actors("中日关系。", "zh")
    text = "中日两国美德合作关系。" * 2000
    start = time.process_time()
    assert found(text, "state") == ["China", "Japan"]
    assert time.process_time() - start < 2.0  # 22,000 characters: 2.4 s before, 0.3 s after on a loaded machine
