"""Actors in Tamil, whose script has no capitals (`data/caseless_names.yaml`): a title opens a name as an honorific
does unless a verb's or a case's ending follows it; dotted initials glued to a word make a person's name, three
dotted letters alone a party's acronym; a body's head-word with a case ending glued keeps the words before it;
texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, "ta") if f.kind != "state"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("அமைச்சர் பொன்னரசு நேற்று கூட்டத்தில் பேசினார்.", ("பொன்னரசு", "person")),  # minister X: the title opens it
        ("இந்த வழக்கை நீதிபதி எஸ்.கே.வேலுசாமி விசாரித்தார்.", ("எஸ்.கே.வேலுசாமி", "person")),  # judge S.K. X
        ("இந்த விழாவில் பி.ஆர்.மணிவண்ணனுக்கு விருது வழங்கப்பட்டது.", ("பி.ஆர்.மணிவண்ணன்", "person")),  # to P.R. X
        ("ம.க.மு.க. கூட்டணியில் சேர்ந்தது.", ("ம.க.மு.க.", "organisation")),  # a party's dotted acronym
        ("வழக்கு நேற்று மாவட்ட நீதிமன்றத்தில் விசாரிக்கப்பட்டது.", ("மாவட்ட நீதிமன்றம்", "organisation")),  # in court
        ("நேற்று சேலம் அணி வென்றது.", ("சேலம் அணி", "organisation")),  # the Salem team
    ],
)
def test_an_actor_told_by_its_context(text: str, actor: tuple[str, str]) -> None:
    assert found(text) == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "அமைச்சர் பதவியில் இருந்து அவர் விலகினார்.",  # the minister's post: a case ending, no name
        "நீதிபதி உத்தரவிட்டார்.",  # the judge ordered: a verb after the title
        "எம்.எல்.ஏ. கூட்டத்தில் பேசினார்.",  # MLA: an office's dotted letters, no body
        "போட்டியில் வென்ற அணி கோப்பையை பெற்றது.",  # the team that won: a verb's ending before the head-word
        "இந்த விவகாரம் குறித்து குழு ஆய்வு செய்யும்.",  # a committee with no name
    ],
)
def test_no_actor_without_one(text: str) -> None:
    assert found(text) == []
