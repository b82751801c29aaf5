"""Whether the word before "X and" is capitalised ("Rishi Sunak and Joe Biden": Sunak is a surname, no partner) is read
in the characters right before it alone, so a long text joining many people by "and" takes no time quadratic in its
length; the reading is the same far into a long text. Texts written for these tests (the time is not asserted)."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return sorted({s for f in find_actors(text, language) if f.kind == "person" for s in f.surfaces})


def test_a_surname_before_and_is_no_partner_far_into_a_long_text() -> None:
    text = "Prime Minister Rishi Sunak and Joe Biden met in London on Tuesday. " * 300
    found = people(text, "en")
    assert "Rishi Sunak" in found and "Joe Biden" in found
    assert "Sunak" not in found


def test_russian_people_joined_by_and_in_a_long_text() -> None:
    text = "Министр Сергей Лавров и Антони Блинкен встретились. " * 300
    found = people(text, "ru")
    assert "Сергей Лавров" in found and "Антони Блинкен" in found
    assert "Лавров" not in found
    filler = "Совещание прошло в Москве без перерыва. " * 400
    assert "Карпов" in people(filler + "Посол Карпов и Иван Смирнов уехали.", "ru")
