"""Organisations in Chinese, Arabic and Persian, scripts without capitals: a state's bodies found by the head-word
after the state's name (Chinese) or before it (Arabic and Persian), and well-known bodies by their names in these
languages; sentences written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str, kind: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.name, f.surfaces) for f in find_actors(text, language) if kind is None or f.kind == kind]


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [name for name, _ in found(text, language, kind)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("智利政府周三宣布提高最低工资。", "Chile Government"),
        ("南苏丹政府发表声明。", "South Sudan Government"),  # the state's name with its compass point
        ("葡萄牙政府和工会达成了协议。", "Portugal Government"),
        ("挪威國民議會週四否決了預算案。", "Norway National Assembly"),
        ("阿根廷参议院通过了这项法案。", "Argentina Senate"),
        ("美国众议院将于下周表决。", "United States House of Representatives"),
        ("印度尼西亚交通部说航班已经恢复。", "Ministry of Transport (Indonesia)"),
    ],
)
def test_a_chinese_body_is_the_state_name_and_a_head_word(text: str, body: str) -> None:
    assert body in names(text, "zh", "organisation")


def test_the_chinese_government_covers_the_state_name() -> None:
    """ "智利政府" is Chile's government, named as the text writes it, not the state Chile alone."""
    assert found("智利政府周三宣布提高最低工资。", "zh") == [("Chile Government", ("智利政府",))]


@pytest.mark.parametrize(
    "text",
    [
        "新政府上台后宣布了改革计划。",  # a new government: no state's name before the head-word
        "巴西参议员周五抵达首都。",  # a senator, not the senate
        "前苏联大使周一抵达。",  # no body's name across a word's end ("苏联大使")
    ],
)
def test_no_chinese_body_without_a_state_before_its_head_word(text: str) -> None:
    assert not names(text, "zh", "organisation")


def test_the_government_of_a_person_or_its_prime_minister_is_no_chinese_body() -> None:
    """ "政府" only after a state's full name: "阿萨德政府" is no "德" (Germany) government; "政府总理" a title."""
    assert not names("反对派宣布阿萨德政府已经垮台。", "zh", "organisation")
    assert not names("他第四次担任斯洛伐克政府总理。", "zh", "organisation")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("کنگره آمریکا این لایحه را تصویب کرد.", "United States Congress"),
        ("نیروی دریایی روسیه در دریای سیاه رزمایش برگزار کرد.", "Russia Navy"),
        ("نیروی هوایی فرانسه دو جنگنده به منطقه فرستاد.", "France Air Force"),
    ],
)
def test_a_persian_body_is_its_head_word_before_the_state(text: str, body: str) -> None:
    assert body in names(text, "fa", "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "ساختمان این کنگره در مرکز شهر است.",  # a congress's building, no state after it
        "این کنگره بزرگ در شهر برگزار شد.",  # a congress, no state after it
    ],
)
def test_no_persian_body_without_its_state(text: str) -> None:
    assert not names(text, "fa", "organisation")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("أعلنت الخطوط الجوية التركية استئناف رحلاتها.", "Turkey Airlines"),
        ("قالت الخطوط الجوية الكينية إن الطائرة هبطت بسلام.", "Kenya Airlines"),
    ],
)
def test_an_arabic_flag_carrier_is_its_head_word_before_the_state_adjective(text: str, body: str) -> None:
    assert body in names(text, "ar", "organisation")


def test_no_arabic_airline_without_a_state() -> None:
    assert not names("تأخرت الخطوط الجوية بسبب العاصفة أمس.", "ar", "organisation")


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("世衛週二發佈了新的指南。", "zh", "World Health Organization"),  # traditional characters, read as simplified
        ("独联体国家领导人周五举行了会晤。", "zh", "Commonwealth of Independent States"),
        ("欧佩克决定从下月起减产。", "zh", "OPEC"),
        ("七国集团领导人在会上讨论了能源价格。", "zh", "G7"),
        ("阿拉伯联盟召开了紧急会议。", "zh", "Arab League"),
        ("美联储周三宣布加息。", "zh", "Federal Reserve"),
        ("قالت رابطة الدول المستقلة في بيان إن القمة تأجلت.", "ar", "Commonwealth of Independent States"),
        ("أعلن البنتاغون إرسال سفن إضافية إلى المنطقة.", "ar", "United States Department of Defense"),
        ("اوپک تولید نفت را کاهش داد.", "fa", "OPEC"),
        ("اینترپل برای او حکم جلب صادر کرد.", "fa", "Interpol"),
        ("فدرال رزرو نرخ بهره را ثابت نگه داشت.", "fa", "Federal Reserve"),
    ],
)
def test_a_well_known_body_by_its_name_in_the_language(text: str, language: str, body: str) -> None:
    assert body in names(text, language, "organisation")


def test_a_party_of_another_state_is_not_the_kuomintang() -> None:
    """Only "中国国民党" names the Kuomintang: "国民党" alone is also another state's National Party."""
    assert "Kuomintang" not in names("澳大利亚国民党领袖周一表示。", "zh")
