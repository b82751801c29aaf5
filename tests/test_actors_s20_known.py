"""Actors with an empty topic registry in the languages with a detection file, on made-up texts: a surname alone
opening a sentence before any verb, after the full name, is that person; one reading of CLDR's word for "and" serves
the detection of names joined by it and the choice of a sibling language; Chinese organisations in quotation marks
or opening with a word of full names."""

from __future__ import annotations

import pytest
from briefing.actors import actor_mentions, base_registry, find_actors
from briefing.knowledge import and_word
from briefing.model import Block


@pytest.mark.parametrize(
    ("language", "full", "alone"),
    [
        ("en", "President Tomas Verhaelen spoke on Monday.", "Verhaelen visited Berlin on Tuesday."),
        ("fr", "Le président Tomas Verhaelen a parlé lundi.", "Verhaelen a ensuite visité Berlin."),
        ("es", "El presidente Tomas Verhaelen habló el lunes.", "Verhaelen viajó después a Madrid."),
        ("de", "Bundeskanzler Tomas Verhaelen sprach am Montag.", "Verhaelen reiste danach nach Paris."),
        ("it", "Il presidente Tomas Verhaelen ha parlato lunedì.", "Verhaelen ha poi visitato Berlino."),
        ("pt", "O presidente Tomas Verhaelen falou na segunda-feira.", "Verhaelen visitou depois Berlim."),
        ("tr", "Cumhurbaşkanı Tomas Verhaelen pazartesi konuştu.", "Verhaelen salı günü Berlin'i ziyaret etti."),
        ("ru", "Президент Томас Верхален выступил в понедельник.", "Верхален затем посетил Берлин."),
        ("uk", "Президент Томас Верхален виступив у понеділок.", "Верхален потім відвідав Берлін."),
        ("ar", "قال الرئيس توماس فيرهالن يوم الاثنين إن المحادثات مستمرة.", "فيرهالن زار برلين بعد ذلك."),
        ("fa", "رئیس جمهور توماس ورهالن روز دوشنبه سخنرانی کرد.", "ورهالن سپس از برلین دیدار کرد."),
        ("zh", "法国总统韦尔哈伦周一发表讲话。", "韦尔哈伦随后访问柏林。"),
    ],
)
def test_surname_opening_a_sentence_before_any_verb_after_the_full_name_is_that_person(
    language: str, full: str, alone: str
) -> None:
    blocks = (Block("paragraph", full), Block("paragraph", alone))
    mentions, detected = actor_mentions(blocks, base_registry(), language)
    people = {d.id for d in detected if d.kind == "person"}
    assert len(people) == 1
    assert any(m.block == 1 and m.actor in people and m.start == 0 for m in mentions)


@pytest.mark.parametrize(
    ("code", "word"),
    [("en", "and"), ("fr", "et"), ("de", "und"), ("ru", "и"), ("tr", "ve"), ("ar", "و"), ("zh", "和"), ("ceb", "ug"), ("xx", "")],
)
def test_and_word_is_cldr_list_pattern_word(code: str, word: str) -> None:
    assert and_word(code) == word


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prime Minister Alinta Veradine arrived on Monday. On Tuesday Veradine and Korrin spoke by phone.", "en"),
        ("La Première ministre Alinta Veradine est arrivée lundi. Mardi, Veradine et Korrin se sont parlé.", "fr"),
    ],
)
def test_one_word_joined_by_and_to_a_known_person_is_a_person(text: str, language: str) -> None:
    people = {a.name for a in find_actors(text, language) if a.kind == "person"}
    assert people == {"Alinta Veradine", "Korrin"}


def bodies(text: str, language: str = "zh") -> dict[str, set[str]]:
    """Each organisation detected in the text (one paragraph), with the words that name it."""
    found: dict[str, set[str]] = {}
    for a in find_actors(text, language):
        if a.kind == "organisation":
            found.setdefault(a.name, set()).update(a.surfaces)
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("总理6日宣布成立“国家沙漠治理局”,预计运作两年。", "国家沙漠治理局"),  # a head-word ends the quoted name
        ("“青年反腐败行动”组织8月4日宣布罢工。", "青年反腐败行动"),  # a kind of body follows the marks
        ("中间派联盟“携手向前”获得22%选票。", "携手向前"),  # or precedes them
        ("他在社交网站「真言」上写道,竞选将重新开始。", "真言"),
    ],
)
def test_quoted_chinese_name_of_a_body_is_an_organisation(text: str, name: str) -> None:
    assert name in bodies(text)


def test_quoted_chinese_slogan_is_no_organisation() -> None:
    assert not bodies("总统请求邻国帮助应对“恐怖主义威胁”,并宣布“全面戒严”。")


def test_short_form_after_a_quoted_body_is_that_body() -> None:
    found = bodies("政府和“北方人民解放阵线”(“北人阵”)武装2日宣布停火。")
    assert found == {"北方人民解放阵线": {"北方人民解放阵线", "北人阵"}}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("前总理9日在首都被国家廉政局以涉嫌腐败为由逮捕。", "国家廉政局"),
        ("军方指责选举舞弊,联邦选举委员会否认选举存在舞弊。", "联邦选举委员会"),
    ],
)
def test_chinese_body_opening_with_a_prefix_of_full_names_is_an_organisation(text: str, name: str) -> None:
    assert name in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "国家安全局长当天表示,调查仍在进行。",  # its chief, a title
        "声明说,11个中央政府部门的部长被替换。",  # departments in general
    ],
)
def test_chinese_prefix_before_a_chief_or_departments_is_no_organisation(text: str) -> None:
    assert not bodies(text)


def test_transliterated_name_after_a_party_is_a_person() -> None:
    text = "联邦共产党的哈里托维奇以4.24%的得票率位居第二,自由民主党的斯维茨基以3.16%的得票率位列第四。"
    people = {a.name for a in find_actors(text, "zh") if a.kind == "person"}
    assert people == {"哈里托维奇", "斯维茨基"}


def test_place_after_a_party_is_no_person() -> None:
    assert not [a for a in find_actors("执政党的莫斯科州分部当天表示支持。", "zh") if a.kind == "person"]


@pytest.mark.parametrize(
    "text",
    ["2021年3月8日,卢维拉获得了50.87%的选票。", "周三,博索维罗签署了法令。", "当天,特兰维普访问了东京。"],
)
def test_transliterated_name_opening_a_clause_before_a_persons_action_is_a_person(text: str) -> None:
    assert [a for a in find_actors(text, "zh") if a.kind == "person"]


@pytest.mark.parametrize("text", ["周五,加沙获得了国际援助。", "当天,顿涅茨克被俄军占领。", "周五,加沙在夜间遭到轰炸。"])
def test_place_opening_a_clause_before_an_action_or_a_particle_is_no_person(text: str) -> None:
    assert not [a for a in find_actors(text, "zh") if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "maker"),
    [("航空公司宣布,将暂时停止运营波尔737 MAX 8客机。", "波尔"), ("一架载有231人的空维330-200型客机从雷达上消失。", "空维")],
)
def test_chinese_maker_before_an_aircraft_model_is_an_organisation(text: str, maker: str) -> None:
    assert maker in bodies(text)


@pytest.mark.parametrize("text", ["这一系列 737 型客机已停飞。", "法航AF447航班坠入大西洋。", "约有737名乘客登机。"])
def test_chinese_series_flight_or_count_before_figures_is_no_maker(text: str) -> None:
    assert not {name for name in bodies(text) if len(name) == 2}


def organisations(paragraphs: list[str]) -> list[set[str]]:
    """The words that name each organisation detected in the Chinese paragraphs, one set per actor."""
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    mentions, detected = actor_mentions(blocks, base_registry(), "zh")
    bodies_found = {d.id for d in detected if d.kind == "organisation"}
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.actor in bodies_found:
            found.setdefault(m.actor, set()).add(m.text)
    return list(found.values())


def test_chinese_body_named_without_then_with_its_state_is_one_body() -> None:
    found = organisations(["该国国家防灾管理局说,洪灾已造成982人死亡。", "巴基斯坦国家防灾管理局最新数据显示,45人死于洪灾。"])
    assert found == [{"国家防灾管理局", "巴基斯坦国家防灾管理局"}]


def test_chinese_bodies_of_two_states_stay_apart() -> None:
    found = organisations(["全国选举委员会5日宣布结果。", "俄罗斯全国选举委员会表示。", "乌克兰全国选举委员会表示。"])
    assert {"乌克兰全国选举委员会"} in found and len(found) == 2
