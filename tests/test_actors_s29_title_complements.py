"""Russian: an abstract noun in the genitive right after a title is the title's complement, never a surname
(`abstract_endings`: "Председатель Правительства РФ", the chairman of the government; "Министр Просвещения"); a
surname after a title is still a person. Texts written for these tests, on a topic of their own (a reservoir)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(surface, f.kind) for f in find_actors(text, language) for surface in f.surfaces]


@pytest.mark.parametrize(
    "text",
    [
        "Председатель Правительства РФ провёл совещание по водному хозяйству.",
        "Министр Просвещения открыл новую школу у водохранилища.",
    ],
)
def test_an_abstract_noun_after_a_title_is_no_person(text: str) -> None:
    assert not [surface for surface, kind in found(text, "ru") if kind == "person"]


def test_a_surname_after_a_title_is_still_a_person() -> None:
    assert ("Берия", "person") in found("Министр Берия подписал приказ о водохранилище.", "ru")


def test_a_full_name_after_the_complement_is_the_person() -> None:
    people = [
        s for s, kind in found("Председатель Правительства Михаил Мишустин открыл водохранилище.", "ru") if kind == "person"
    ]
    assert people == ["Михаил Мишустин"]
