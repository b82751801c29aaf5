"""States in Amharic and Tigrinya under the one syllable these languages glue after a noun (the object's and
"and"'s "-ን"), while the endings of an adjective or a people ("-ዊ", "-ውያን") name no state. Texts written for
these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ልኡኽ ኬንያ ምስ ኤርትራን ሩስያን ተራኺቡ።", "ti", ["Kenya", "Eritrea", "Russia"]),  # "with Eritrea and Russia"
        ("ጠቅላይ ሚኒስትሩ የመንን እና ኤርትራን ጎበኙ።", "am", ["Yemen", "Eritrea"]),  # the object's "-ን"
    ],
)
def test_a_state_with_a_syllable_glued_after_it(text: str, language: str, expected: list[str]) -> None:
    assert states(text, language) == expected


def test_the_mention_keeps_the_whole_word() -> None:
    found = [f for f in find_actors("ልኡኽ ኬንያ ምስ ኤርትራን ተራኺቡ።", "ti") if f.name == "Eritrea"]
    assert found[0].surfaces == ("ኤርትራን",)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ኤርትራዊ ጋዜጠኛ ትናንት ተናገረ።", "ti"),  # an Eritrean journalist
        ("ብዙ ኤርትራውያን ወደ ሀገራቸው ተመለሱ።", "am"),  # many Eritreans
        ("ኢትዮጵያውያን ተማሪዎች ትናንት ተመረቁ።", "am"),  # Ethiopian students
    ],
)
def test_an_adjective_or_a_people_is_no_state(text: str, language: str) -> None:
    assert states(text, language) == []
