"""In Thai and Khmer text, two capitalised Latin words opening with a given name and closing with an English word for
a water, an island or a street ("Jordan River", "Florence Street"; the English data's `place_words`, `named_places`)
name a place, no person, unless a title or honorific of the language stands before them. Texts written for these
tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [s for f in find_actors(text, language) if f.kind == "person" for s in f.surfaces]


def test_a_place_named_after_a_given_name_is_no_person() -> None:
    assert people("แม่น้ำ Jordan River แห้ง", "th") == []
    assert people("ถนน Florence Street ปิดซ่อม", "th") == []
    assert people("ទៅលេង Jordan River", "km") == []


def test_people_stay() -> None:
    assert people("ผู้เล่น Jordan Henderson ยิงประตู", "th") == ["Jordan Henderson"]
    assert people("นาย Michael Bay กล่าว", "th") == ["Michael Bay"]  # Mr: a person, whatever the last word
