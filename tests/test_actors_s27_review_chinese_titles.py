"""Actors (review of the Chinese rules): a ministry's head-word that opens a longer word ("交通部门", "财政部分") is
no ministry; two states' one-character names ("韩日外长"), a place before 市长/州长 ("许昌市长"), a common noun
("文学教授") and a title inside a longer word ("学院长期") give no person; a long text of one name again and again
is read in linear time; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors
from conftest import cpu_seconds


def names(text: str, kind: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if f.kind == kind]


def test_a_department_is_no_ministry() -> None:
    assert names("交通部门提醒市民，假期尽量错峰出行。", "organisation") == []
    assert names("据卫生部门统计，病例有所增加。", "organisation") == []


def test_a_part_is_no_ministry() -> None:
    assert names("财政部分资金已经到位。", "organisation") == []


def test_the_bare_ministry_still_reads() -> None:
    assert names("交通部发言人周一表示，将加强监管。", "organisation") == ["Ministry of Transport"]


def test_two_states_abbreviations_are_no_person() -> None:
    assert names("韩日外长会谈周三举行。", "person") == []
    assert names("韩美外长周五通电话。", "person") == []


def test_a_place_before_mayor_or_governor_is_no_person() -> None:
    assert names("龙岩市长主持了会议。", "person") == []
    assert names("夏威夷州长发布命令。", "person") == []
    assert names("温哥华市长周二宣布新计划。", "person") == []


def test_a_common_noun_before_a_title_is_no_person() -> None:
    assert names("会上，文学教授王立平发表了演讲。", "person") == ["王立平"]
    assert names("当天，文物局长宣布了新发现。", "person") == []


def test_a_title_inside_a_longer_word_is_none() -> None:
    assert names("此外，孔子学院长期以来推广中文。", "person") == []


def test_a_name_before_a_title_still_reads() -> None:
    assert names("会后，李强总理发表讲话。", "person") == ["李强"]


def test_a_long_text_of_one_name_is_read_in_linear_time() -> None:
    find_actors("陈刚主任发言。", "zh")
    short, long = ("，陈刚主任发言" * 1500), ("，陈刚主任发言" * 6000)
    # the process's CPU time, not the wall clock: on a shared machine waiting for a core is not the reading's cost
    short_time = cpu_seconds(lambda: find_actors(short, "zh"))
    assert cpu_seconds(lambda: find_actors(long, "zh")) < 8 * short_time + 0.5  # four times the text: not sixteen times the time
