"""Review B of the Chinese local bodies rule: with no list of places to check a name against, one unit before a
body's head-word is a name only after a word that opens it ("经安平县人民政府") or in a chain of units
("东江省南湖市人民政府"); at a clause's start the characters before a lone unit are a verb or a quantifier
("他们催促县人民政府", "几名县公安局民警"), no place. "个" is a count's measure word only after a numeral ("三个县");
a place's name may open with it. Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> list[str]:
    return [a.name for a in find_actors(text, "zh") if a.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "村民们催促县人民政府修桥。",  # the villagers urged the county government
        "记者致电市公安局，无人接听。",  # a reporter called the city police
        "几名县公安局民警到场。",  # several county police officers
        "会后，恳请市人民政府拨款。",  # after the meeting, asked the city government
    ],
)
def test_words_before_a_lone_unit_are_no_place(text: str) -> None:
    assert not any(name.endswith(("人民政府", "公安局")) for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("经东江省个山市人民政府批准，工程开工。", "东江省个山市人民政府"),  # a place opening with "个"
        ("由个山市人民政府负责实施。", "个山市人民政府"),
        ("东江省南湖市人民政府发布通告。", "东江省南湖市人民政府"),
    ],
)
def test_named_bodies_found(text: str, body: str) -> None:
    assert body in organisations(text)


def test_a_count_before_the_unit_is_still_no_place() -> None:
    assert not any(name.endswith("人民政府") for name in organisations("由两个县人民政府共同负责。"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("个山市人民政府关于道路施工的通告", "个山市人民政府"),  # a notice's title
        ("特此通告。\n南湖县人民政府办公室 2023年5月2日", "南湖县人民政府"),  # its signature
        ("请市民注意安全。（南湖市公安局）", "南湖市公安局"),  # a bracketed credit
    ],
)
def test_a_lone_unit_in_a_title_signature_or_credit(text: str, body: str) -> None:
    assert any(name.startswith(body) for name in organisations(text))
