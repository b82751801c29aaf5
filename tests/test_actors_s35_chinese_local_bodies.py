"""Chinese: a county's, city's or province's name and its unit right before a body's head-word names that local
body ("安平县人民政府", "临江市公安局", a chain "东江省南湖市安平县人民政府"), and a place's name before a court's
("臺灣新竹地方法院"), as notices and judgments sign; written without spaces, the name opens a clause, and "this",
"all", "each" or a time word before the unit name none ("本县人民政府", "全市公安局", "日前市公安局"). Texts written
for the test (road works and a court)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> list[str]:
    return [a.name for a in find_actors(text, "zh") if a.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("经安平县人民政府同意，下列道路封闭施工。", "安平县人民政府"),
        ("请市民注意出行安全。（临江市公安局）", "临江市公安局"),  # a lone unit in a sentence: review B (s35-fix-review-b)
        ("东江省南湖市安平县人民政府发布通告。", "东江省南湖市安平县人民政府"),
        ("臺灣新竹地方法院今日宣判。", "臺灣新竹地方法院"),
        ("道路施工，敬请谅解。北岭县人民政府 2020年7月9日", "北岭县人民政府"),
    ],
)
def test_a_named_local_body_is_an_organisation(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "本县人民政府研究决定，下列道路封闭。",  # "this county": unnamed
        "全市公安局开展专项行动。",  # "the whole city's"
        "日前市公安局通报了一起案件。",  # "recently", then "the city police"
        "该区人民法院今天开庭。",  # "that district's"
        "下月起县城道路将封闭施工。",  # a unit, no body's head-word
    ],
)
def test_no_body_without_a_name(text: str) -> None:
    assert not any(name.endswith(("人民政府", "公安局", "人民法院")) for name in organisations(text))
