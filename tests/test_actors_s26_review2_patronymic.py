"""Russian, Ukrainian: a surname-first full name after a title ("министр Захарова Мария Владимировна") keeps its
surname: the word before a given name and a patronymic is no body in the genitive; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str = "ru") -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


def test_a_surname_first_full_name_after_a_title_keeps_its_surname() -> None:
    text = "Министр Захарова Мария Владимировна выступила на брифинге."
    assert people(text) == ["Zakharova Mariya Vladimirovna"]


def test_a_surname_first_full_name_after_a_title_and_a_body() -> None:
    text = "Председатель Центризбиркома Абдиров Нурлан Ахметович заявил об итогах."
    assert people(text) == ["Abdirov Nurlan Akhmetovich"]


def test_ukrainian_surname_first_full_name() -> None:
    text = "Міністр Захарова Марія Володимирівна виступила на брифінгу."
    assert people(text, "uk") == ["Zakharova Mariya Volodimirivna"]


def test_a_body_in_the_genitive_before_a_given_name_is_still_no_part_of_it() -> None:
    assert people("Председатель Центризбиркома РК Нурлан Абдиров заявил об итогах.") == ["Nurlan Abdirov"]
    assert people("Губернатор Санкт-Петербурга Александр Беглов открыл мост.") == ["Aleksandr Beglov"]


def test_a_body_before_a_surname_ending_like_a_patronymic_is_no_surname() -> None:
    """ "Арестович" ends like a patronymic, yet "Центризбиркома" has no surname's form: the body stays out."""
    assert people("Председатель Центризбиркома Алексей Арестович заявил об итогах.") == ["Aleksey Arestovich"]
    text = "Председатель Центризбиркома Захарова Мария Владимировна заявила об итогах."
    assert people(text) == ["Zakharova Mariya Vladimirovna"]
