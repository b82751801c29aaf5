"""Russian: a body in the genitive between a title and a full name ("председатель Центризбиркома Нурлан Абдиров")
is no part of the person's name; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str = "ru") -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


def test_the_body_after_a_title_is_no_part_of_the_name() -> None:
    text = "Итоги голосования огласил председатель Центризбиркома РК Нурлан Абдиров на заседании."
    assert "Nurlan Abdirov" in people(text)


def test_the_body_after_a_title_opening_the_sentence() -> None:
    text = "Председатель Центризбиркома Нурлан Абдиров подписал протокол."
    assert "Nurlan Abdirov" in people(text)


def test_no_person_from_a_holiday_before_a_body() -> None:
    """No title before "Праздником Весны": Весна is a given name, yet "Весны Консульский" is nobody."""
    assert people("В связи с Праздником Весны Консульский отдел закрыт.") == []
