"""A state whose name is also a word that opens sentences (Russian "Того", of that, as in "Того же мнения …";
"Чад", fumes) is the state written with its capital inside a sentence, in any case ("Военные Чада", "в Чаде",
"выборы в Того"), never as a sentence's first word nor in lower case. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {a.id for a in find_actors(text, language) if a.kind == "state"}


@pytest.mark.parametrize(
    ("sentence", "language", "state"),
    [
        ("Военные Чада взяли власть в столице.", "ru", "chad"),
        ("В Чаде прошли президентские выборы.", "ru", "chad"),
        ("Выборы в Того прошли спокойно.", "ru", "togo"),
        ("Вибори в Того пройшли спокійно.", "uk", "togo"),
    ],
)
def test_the_state_inside_a_sentence(sentence: str, language: str, state: str) -> None:
    assert state in states(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Того же мнения придерживается министр.", "ru"),
        ("«Того не будет», — сказал министр.", "ru"),
        ("Над городом весь день стоял чад.", "ru"),
        ("Того ж дня вони поїхали до столиці.", "uk"),
    ],
)
def test_the_word_is_no_state(sentence: str, language: str) -> None:
    assert states(sentence, language) == set()
