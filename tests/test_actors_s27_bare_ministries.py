"""Actors: a Chinese ministry's head-word written with no state before it ("外交部发言人", "据外交部消息") names the
ministry of the state whose news it is, where it opens a clause; not in a list of ministries; texts written for
these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if kind is None or f.kind == kind]


def test_the_ministry_at_the_start_of_a_text() -> None:
    assert "Ministry of Foreign Affairs" in names("外交部发言人周四在例行记者会上回答了提问。", "organisation")


def test_the_ministry_after_a_date() -> None:
    assert "Ministry of Defence" in names("2024年3月9日国防部发布公告,演习已经结束。", "organisation")


def test_the_ministry_after_a_word_citing_a_source() -> None:
    assert "Ministry of Finance" in names("据财政部消息,今年的预算赤字有所下降。", "organisation")


def test_a_ministry_with_its_state_keeps_the_state() -> None:
    assert "Ministry of Foreign Affairs (Turkey)" in names("土耳其外交部周五发表声明。", "organisation")


def test_a_list_of_ministries_names_none() -> None:
    assert names("改组涉及外交部、国防部和交通部等多个部门。", "organisation") == []


def test_the_minister_is_no_ministry() -> None:
    assert "Ministry of Foreign Affairs" not in names("外交部长周四抵达首都。", "organisation")
