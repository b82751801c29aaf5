"""Chinese names written in their own characters (native_names.py, data/detect/names/zh.yaml): a common family name
and one or two characters are a person right after an office, a title or a role ("省委书记黄某某"), opening a clause
right before a verb of speech or action ("王某某表示"), in a clause that opens with three such names a "、" apart,
or joined by "、", "和", "与" or "及" to a person found. The name ends where the word after it starts (a verb, an
adverbial, a title, a credit's "摄"), in simplified and in traditional characters. Words that open with a family
name's character ("王国", "周一", "马方", "彭博社", "温州") are no people. Sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("江西省委书记郑海明两度主持召开防汛会议。", "郑海明"),  # an office, then an adverbial
        ("省委副书记、省长何志远已赶到现场指挥救援。", "何志远"),
        ("湖南省委書記楊建國連夜召開會議。", "楊建國"),  # traditional characters
        ("外交部发言人梁文说，中方对此表示关切。", "梁文"),
        ("市交通局局长邓光辉介绍了抢修进展。", "邓光辉"),
        ("被告孙立为该公司负责人。", "孙立"),  # a role before a name
        ("航天员唐志刚与另外两名队员一同出征。", "唐志刚"),
        ("邹明远表示，调查结果将在下周公布。", "邹明远"),  # a clause opens before a verb of speech
        ("事故发生后，韩德明强调要尽快恢复通行。", "韩德明"),
        ("，而彭立新此前曾担任该局局长。", "彭立新"),  # a conjunction opens the clause
        ("冯晓宁回忆，那天晚上雨一直没有停。", "冯晓宁"),
        ("据报道，崔永哲已邀请对方下月来访。", "崔永哲"),  # an auxiliary between the name and its verb
    ],
)
def test_a_native_name_in_a_strong_context_is_a_person(text: str, name: str) -> None:
    assert name in people_in(text, "zh")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("法院判决，钱志明、许安、卢玉梅、王川均无罪。", {"钱志明", "许安", "卢玉梅", "王川"}),  # three or more, "、"
        ("总指挥宣布出发，郭海峰、陆明、董建华3名队员随即登车。", {"郭海峰", "陆明", "董建华"}),
        ("指挥长曹立军和潘明出席了发布会。", {"曹立军", "潘明"}),  # joined to a person found after a title
        ("局长韦光明与夏林随后抵达现场。", {"韦光明", "夏林"}),
    ],
)
def test_names_joined_to_a_person_or_listed_are_people(text: str, names: set[str]) -> None:
    assert names <= people_in(text, "zh")


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("大学教授张立认为，风险总体可控。", "张立", "张立认"),  # the name ends where 认为 starts
        ("新华社记者陈明摄", "陈明", "陈明摄"),  # a photographer's credit
    ],
)
def test_a_name_after_a_title_ends_where_the_next_word_starts(text: str, name: str, wrong: str) -> None:
    found = people_in(text, "zh")
    assert name in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text",
    [
        "王国表示将继续加强双边合作。",  # a kingdom
        "马方表示欢迎这一决定。",  # Malaysia's side
        "周一表示将推迟出席。",  # Monday
        "林业局表示，火势已得到控制。",
        "彭博社称，油价连续三天上涨。",  # a news agency
        "温州表示欢迎更多投资。",  # a city
        "部长曾多次表示反对。",  # "once", then "many times"
        "总统周日发表电视讲话。",
        "金融监管部门指出，风险总体可控。",
        "马上表示同意的人不多。",
        "，文章指出，经济增速放缓。",
        "发言人叶海亚·萨雷亚当天发表声明。",  # a transliteration's first part
        "被告方律师表示将提出上诉。",  # the defence's lawyer: a title ends the name's place
        "韩国将举行大选。",
    ],
)
def test_a_word_that_opens_with_a_surname_is_no_person(text: str) -> None:
    found = people_in(text, "zh")
    assert not {name for name in found if name[0] in text[:4] and len(name) <= 3 and "·" not in name}, found


def test_a_name_that_runs_on_is_not_cut() -> None:
    """Four characters after a title, the second no surname (a married woman's name has two: see
    test_actors_s42_chinese_married_names.py): the name's end is unsure, so none is read."""
    assert not {name for name in people_in("特首林嘉月娥签署了这份文件。", "zh") if name.startswith("林")}
