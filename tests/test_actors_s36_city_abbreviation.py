"""Ukrainian and Russian abbreviate "city" before a town's name ("в м. Римі", "в г. Москве"): a capital after the
abbreviation is the city where something happened, as after the full word ("у місті Римі"), not its state's
government. A capital that acts ("Рим висловив протест") and a word ending in the same letter before it stay as
they were. Sentences written for the test (a synod, a council meeting)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Синод, який проходив у вересні в м. Римі, затвердив нові норми.", "uk"),
        ("Засідання відбулося в м. Києві за участі депутатів.", "uk"),
        ("Встреча прошла в г. Москве в понедельник.", "ru"),
    ],
)
def test_a_capital_after_the_abbreviation_of_city_is_the_place(text: str, language: str) -> None:
    assert states(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Рим висловив протест через інцидент на кордоні.", "uk", "Italy"),
        ("Москва выразила протест послу.", "ru", "Russia"),
        ("Посол передав ноту: Рим вимагає пояснень.", "uk", "Italy"),
    ],
)
def test_a_capital_that_acts_is_still_its_state(text: str, language: str, state: str) -> None:
    assert state in states(text, language)
