"""A short surname in capitals after a title stays a person: only a word that cannot be spoken as written (no vowel,
three consonants in a row, two vowels opening it: "Голова ДПСУ", "Голова ОАЕ") is read as a body's acronym.
Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def kinds(text: str, language: str) -> dict[str, str]:
    return {s: a.kind for a in find_actors(text, language) for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("At the clinic in Busan, Dr PARK described the new vaccine.", "en", "PARK"),
        ("D'après la préfecture, Mme LOPE a signé le décret.", "fr", "LOPE"),
        ("Депутат ЛУ подав законопроєкт.", "uk", "ЛУ"),
    ],
)
def test_a_short_surname_in_capitals_after_a_title_is_a_person(text: str, language: str, name: str) -> None:
    assert kinds(text, language).get(name) == "person"


@pytest.mark.parametrize(
    "text", ["Голова ДПСУ звернувся до прикордонників.", "Керівник ДСНС прибув на місце.", "Голова ОАЕ виступив на форумі."]
)
def test_an_unspoken_acronym_after_a_title_is_no_person(text: str) -> None:
    assert "person" not in kinds(text, "uk").values()


def test_a_common_acronym_after_a_title_is_no_person() -> None:
    assert "person" not in kinds("Глава ПАО подписал договор с заводом.", "ru").values()  # a company's form
