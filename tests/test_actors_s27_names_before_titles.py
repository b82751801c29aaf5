"""Actors: a Chinese or Korean name in full written right before its office or form of address ("王毅外长",
"习近平主席") is a person, where a clause or phrase opens before it; not a state's name, a place, a ministry's
field or a common word before the office; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if f.kind == "person"]


def test_a_name_of_three_characters_before_a_title() -> None:
    assert "赵立新" in people("会谈结束后,赵立新部长会见了记者。")


def test_a_name_of_two_characters_before_a_title() -> None:
    assert "陈刚" in people("会议开始后,陈刚主任首先发言。")


def test_a_state_before_a_title_is_no_person() -> None:
    assert people("马里总统周日发表讲话。") == []


def test_a_city_before_a_title_is_no_person() -> None:
    assert people("苏州市长当天视察了工地。") == []


def test_a_common_word_before_a_title_is_no_person() -> None:
    assert people("他曾任总统府秘书,许多议员支持他。") == []


def test_a_ministry_s_field_before_a_title_is_no_person() -> None:
    assert people("黎內政部長表示,调查仍在进行。") == []


def test_a_day_of_the_week_after_a_title_is_no_person() -> None:
    assert people("该国总统周日发表讲话。") == []
