"""Russian regional governments and ministries name their departments "Департамент" and its field ("Департамент
региональной безопасности", "Департамент здравоохранения"): the head-word opens a body as "Управление" does. Not
the word alone, nor in lower case inside a sentence. Texts written for the test (a regional library)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> dict[str, str]:
    return {surface: a.kind for a in find_actors(text, "ru") for surface in a.surfaces}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Департамент культуры сообщил об открытии библиотеки.", "Департамент культуры"),
        ("Как сообщили в Департаменте образования, библиотека открыта.", "Департаменте образования"),
    ],
)
def test_a_department_and_its_field_is_a_body(text: str, body: str) -> None:
    assert found(text).get(body) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Департамент работает с девяти утра.",  # the word alone
        "Библиотеку перевели в другой департамент.",  # lower case: a department of some body, no name
    ],
)
def test_the_word_alone_is_no_body(text: str) -> None:
    assert "organisation" not in found(text).values()
