"""The holder of a Russian government office named right after the government's name ("Председатель Правительства
Михаил Мишустин") is a person. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [s for f in find_actors(text, "ru") if f.kind == "person" for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Председатель Правительства Михаил Мишустин провёл совещание.", "Михаил Мишустин"),
        ("Глава Правительства Сергей Кириенко утвердил новую программу.", "Сергей Кириенко"),
        ("Вице-премьер Правительства Алексей Оверчук заявил о новых пошлинах.", "Алексей Оверчук"),
    ],
)
def test_the_office_holder_after_the_government_is_a_person(text: str, person: str) -> None:
    assert person in people(text)
