"""Arabic "حركة" is a movement's head-word ("حركة حماس") and also the word for traffic and flows: of ships, freight,
transport, trade, crowds, pilgrims and passengers ("حركة السفن", "حركة الشحن", "حركة الحشود"), common nouns
(`common_bodies`), no body. A movement's name after it is still read. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> set[str]:
    return {f.name for f in find_actors(text, "ar") if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("تراجعت حركة الشحن عبر القناة بنسبة كبيرة هذا الشهر.", "حركة الشحن"),
        ("استؤنفت حركة السفن في الميناء بعد توقف دام يومين.", "حركة السفن"),
        ("نظمت الشرطة حركة الحشود حول الملعب قبل المباراة.", "حركة الحشود"),
        ("ازدادت حركة المسافرين في المطار خلال العطلة.", "حركة المسافرين"),
    ],
)
def test_traffic_is_no_body(text: str, phrase: str) -> None:
    assert phrase not in bodies(text)


def test_a_movement_is_still_read() -> None:
    assert "Hamas" in bodies("أعلنت حركة حماس موافقتها على الهدنة مساء الأحد.")
