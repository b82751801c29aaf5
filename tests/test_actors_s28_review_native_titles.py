"""In Thai and Khmer, whose script has no capitals, a title of office of the language's own right before two
capitalised Latin words says they are a person's name, as an honorific does ("ประธานาธิบดี Pita Limjaroenrat",
President; `data/native_titles.yaml`), also where the lists know no given name of it. Texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [s for f in find_actors(text, language) if f.kind == "person" for s in f.surfaces]


def test_a_thai_title_before_a_latin_name() -> None:
    assert people("ประธานาธิบดี Pita Limjaroenrat กล่าวว่า", "th") == ["Pita Limjaroenrat"]
    assert people("เลขาธิการ To Lam เยือนไทย", "th") == ["To Lam"]
    assert people("นายกรัฐมนตรี Pita Limjaroenrat กล่าว", "th") == ["Pita Limjaroenrat"]


def test_a_khmer_title_before_a_latin_name() -> None:
    assert people("នាយករដ្ឋមន្ត្រី Pita Limjaroenrat បានថ្លែង", "km") == ["Pita Limjaroenrat"]
    assert people("ប្រធានាធិបតី Tharman Shanmugaratnam", "km") == ["Tharman Shanmugaratnam"]


def test_no_title_no_person() -> None:
    assert people("ประชาชน Pita Limjaroenrat กล่าวว่า", "th") == []  # "people": no title
