"""Base knowledge the sixteenth held-out set showed missing (issue 15), on made-up sentences with an empty topic
registry: the Pentagon is the United States Department of Defense; Buckingham Palace stands for the Royal Household
as a capital for its government, and is the place after a preposition of place; West Germany and East Germany by
the names news gave them."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A spokesman for the Pentagon declined to comment on the budget.", "en"),
        ("Le Pentagone a refusé de commenter le budget.", "fr"),
        ("В Пентагоне отказались комментировать бюджет.", "ru"),
    ],
)
def test_the_pentagon_is_the_department_of_defense(text: str, language: str) -> None:
    assert names(text, language) == ["United States Department of Defense"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Buckingham Palace announced the date of the ceremony.", "en"),
        ("Букингемский дворец объявил дату церемонии.", "ru"),
        ("أعلن قصر باكنغهام موعد المراسم.", "ar"),
    ],
)
def test_buckingham_palace_stands_for_the_royal_household(text: str, language: str) -> None:
    assert names(text, language) == ["Royal Household of the United Kingdom"]


def test_buckingham_palace_after_a_preposition_of_place_is_the_place() -> None:
    assert names("The guards marched back to Buckingham Palace at noon.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("En 1990, la RDA rejoignit la RFA.", "fr", "West Germany"),
        ("Беглецы перебирались в Западную Германию.", "ru", "West Germany"),
        ("Les habitants de la République démocratique allemande manifestaient.", "fr", "East Germany"),
        ("Жители Восточной Германии вышли на улицы.", "ru", "East Germany"),
    ],
)
def test_the_two_german_states_by_their_names(text: str, language: str, state: str) -> None:
    assert state in names(text, language)
