"""Actors in Thai, written with no spaces between words and no capitals, but with spaces around names: an honorific
glued to a given name, then a space and the surname, is a person; a head-word of a kind of body (court, department,
ministry) opens a body's name, at a run's start or glued after a preposition, up to a verb glued after it; a run
ending "of Thailand" names a body (`data/caseless_names.yaml`); texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "th") if f.kind != "state"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("เมื่อวานนี้ นางสาวสุดา ศรีสุข เดินทางไปเชียงใหม่", ("person", "สุดา ศรีสุข")),  # Miss Suda Srisuk
        ("นายแพทย์สมศักดิ์ ทองดี ให้สัมภาษณ์ว่า", ("person", "สมศักดิ์ ทองดี")),  # Dr (a physician)
        ("ศาลแขวงเชียงรายพิพากษาจำคุกจำเลย", ("organisation", "ศาลแขวงเชียงราย")),  # the court, then "ruled"
        ("ทีมงานของกรมประมงออกตรวจเรือ", ("organisation", "กรมประมง")),  # of the Fisheries Department
        ("ผู้แทนจาก การท่าเรือแห่งประเทศไทย เข้าร่วม", ("organisation", "การท่าเรือแห่งประเทศไทย")),  # "of Thailand"
    ],
)
def test_an_actor_told_by_its_context(text: str, actor: tuple[str, str]) -> None:
    assert actor in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "นายกรัฐมนตรี เดินทางไปต่างประเทศ",  # the prime minister: "นาย" opens a word of its own
        "ชาวบ้านไปทำบุญที่ศาลาวัด ทุกวันพระ",  # a pavilion, no court
        "ตำรวจเข้าตรวจสอบพื้นที่ทันที",  # the police entered: the head-word alone names no body
    ],
)
def test_no_actor_from_common_words(text: str) -> None:
    assert found(text) == []
