"""Review of bodies closed by their head-word (Kazakh, Uzbek, Azerbaijani): only the head-word with its possessive
ending closes a body's name ("Markaziy Saylov komissiyasi"); another word that opens with it ("кеңесшісі", his
adviser; "partiyanın", of the party) does not, and a person's name before a head-word (a given name, or a surname in
the genitive: "Mirziyoyevning partiyasi", his party) stays the person's. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def kinds(text: str, language: str) -> list[str]:
    return [f.kind for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "Президент Қасым-Жомарт Тоқаевтың кеңесшісі мәлімдеме жасады."),
        ("kk", "Ерлан Қарин кеңесшісі болып тағайындалды."),
        ("uz", "Shavkat Mirziyoyevning partiyasi saylovda gʻolib chiqdi."),
        ("uz", "Prezident Shavkat Mirziyoyev komissiyasi tuzildi."),
        ("az", "Prezident İlham Əliyev partiyanın qurultayında çıxış etdi."),
    ],
)
def test_a_person_before_a_head_word_is_no_body(language: str, text: str) -> None:
    assert kinds(text, language) == ["person"]


def test_a_surname_in_the_genitive_before_a_head_word_is_no_body() -> None:
    assert "organisation" not in kinds("Bahodir Yusupovning partiyasi yangi dastur taqdim etdi.", "uz")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("uz", "Markaziy Saylov komissiyasi natijalarni eʼlon qildi.", "Markaziy Saylov komissiyasi"),
        ("uz", "Oliy Majlis qoʻmitasi yigʻilish oʻtkazdi.", "Oliy Majlis qoʻmitasi"),
        ("uz", "Toshkent Shahar kengashiga deputat saylandi.", "Toshkent Shahar kengashi"),  # its dative
    ],
)
def test_a_body_with_its_possessive_is_still_a_body(language: str, text: str, name: str) -> None:
    assert [f.name for f in find_actors(text, language) if f.kind == "organisation"] == [name]
