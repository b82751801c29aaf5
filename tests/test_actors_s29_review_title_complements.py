"""Russian: a title's complement in the genitive ("Правительства", "Просвещения") is skipped, and the one surname
after it is the titled person's; a female given name ending like such a noun ("Евгения", "Ксения") is a name, no
complement. Texts written for these tests, on a topic of their own (a city's tram lines)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [surface for f in find_actors(text, "ru") if f.kind == "person" for surface in f.surfaces]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Министр Евгения Тарасова открыла новую линию трамвая.", "Евгения Тарасова"),
        ("Губернатор Ксения Белова осмотрела трамвайное депо.", "Ксения Белова"),
        ("Председатель Правительства Сорокин осмотрел трамвайное депо.", "Сорокин"),
        ("Министр Строительства Громов открыл новую линию трамвая.", "Громов"),
    ],
)
def test_the_person_after_the_title(text: str, person: str) -> None:
    assert people(text) == [person]
