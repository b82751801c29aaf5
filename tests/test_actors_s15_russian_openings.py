"""Russian and Ukrainian: a sentence's first two capitalised words are a person's name where the source also writes
the second alone ("Риши Сунак официально стал …", then "Сунак занимал"), but not a noun or verb before a name in the
genitive ("Падение Эль-Фашира"). Made-up sentences, empty topic registry."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.name, f.surfaces) for f in find_actors(text, language) if f.kind == "person"]


def test_a_full_name_opening_a_sentence_is_a_person_when_the_surname_comes_back_alone() -> None:
    text = "Риши Варман официально возглавил партию.\n\nВ 2019 году Варман занимал пост министра."
    assert people(text, "ru") == [("Rishi Varman", ("Риши Варман", "Варман"))]


def test_a_noun_before_a_name_in_the_genitive_opening_a_sentence_is_no_person() -> None:
    text = "Падение Эль-Фашира стало ударом.\n\nБои у Эль-Фашира продолжались."
    assert people(text, "ru") == []
