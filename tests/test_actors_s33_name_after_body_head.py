"""Ukrainian and Russian name a body by its adjectives and head-word, then the genitive of a place or a group's name
("армії Таанга"): a given name and a surname after the head-word are its holder's full name, a person, no word of
the body's ("начальник Донецької обласної військової адміністрації Павло Кириленко"). Texts written for the test (a
regional library)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> dict[str, str]:
    return {surface: a.kind for a in find_actors(text, language) for surface in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "body", "person"),
    [
        (
            "Бібліотеку відкрив начальник Полтавської обласної військової адміністрації Іван Мельник.",
            "uk",
            "Полтавської обласної військової адміністрації",
            "Іван Мельник",
        ),
        (
            "Библиотеку открыл глава Тверской областной администрации Андрей Соколов.",
            "ru",
            "Тверской областной администрации",
            "Андрей Соколов",
        ),
    ],
)
def test_a_full_name_after_the_head_word_is_its_holder(text: str, language: str, body: str, person: str) -> None:
    assert found(text, language) == {body: "organisation", person: "person"}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Бібліотеці допомогли бійці Араканської армії Таанга.", "uk", "Араканської армії Таанга"),
        ("Бібліотеці допомогли бійці Араканської армії Таанга та волонтери.", "uk", "Араканської армії Таанга"),
    ],
)
def test_a_genitive_name_after_the_head_word_stays_the_body_s(text: str, language: str, body: str) -> None:
    assert found(text, language).get(body) == "organisation"
