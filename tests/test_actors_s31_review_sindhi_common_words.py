"""Sindhi names are told by their context (`data/caseless_names.yaml` sd), but a common noun that is also a given
name elsewhere ("شاهد", witness) opens no name, and a place after a title ("گورنر پنجاب", the governor of Punjab)
is no person. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "sd") if f.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "شاهد حادثي بابت چيو ته گاڏي تيز هئي.",  # the witness said about the accident that the car was fast
        "گورنر پنجاب چيو ته اجلاس سڀاڻي ٿيندو.",  # the Punjab governor said the meeting is tomorrow
        "عمر رسيده ماڻهو چيو ته پاڻي ناهي.",  # the elderly man said there is no water
    ],
)
def test_a_common_noun_or_a_place_is_no_person(text: str) -> None:
    assert people(text) == []


def test_a_given_name_still_opens_a_name() -> None:
    assert people("خالد محمود چيو ته ڪم جاري رهندو.") == ["خالد محمود"]
