"""Actors of Russian official statements: a surname before two initials, as official lists write a name
("Соколова И.П."). Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str, kind: str | None = None) -> list[str]:
    return [s for f in find_actors(text, language) if kind is None or f.kind == kind for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Станцию открыли при участии губернатора области Соколова И.П. и мэра города.", "Соколова И.П."),
        ("Протокол подписал Белов К.С. после заседания комиссии.", "Белов К.С."),
    ],
)
def test_a_russian_surname_before_two_initials_is_a_person(text: str, surname: str) -> None:
    assert surname in found(text, "ru", "person")


def test_initials_before_the_next_surname_stay_with_it() -> None:
    people = found("В Самаре И.П. Соколов открыл новую школу.", "ru", "person")
    assert "Самаре И.П." not in people and any("Соколов" in p for p in people)
