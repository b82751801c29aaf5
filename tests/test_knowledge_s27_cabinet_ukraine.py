"""The Cabinet of Ministers of Ukraine in base knowledge: named in Ukrainian and Russian in any case ("Кабінету
Міністрів України", "Кабміну", "Кабинета министров Украины"); Russian's "Кабмин" names any state's cabinet (a Syrian
one too), no entry's alias. Sentences written for the test, on a topic of their own (school meals)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Постанова Кабінету Міністрів України про шкільне харчування набула чинності.", "uk"),
        ("Кабмін затвердив нові норми шкільного харчування.", "uk"),
        ("Решение Кабинета министров Украины о школьном питании опубликовано.", "ru"),
    ],
)
def test_the_cabinet_of_ukraine(text: str, language: str) -> None:
    assert "Cabinet of Ministers of Ukraine" in [f.name for f in find_actors(text, language)]


def test_a_russian_cabmin_is_no_ukrainian_cabinet() -> None:
    names = [f.name for f in find_actors("Главой Кабмина Сирии назначен новый премьер.", "ru")]
    assert "Cabinet of Ministers of Ukraine" not in names
