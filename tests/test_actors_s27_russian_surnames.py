"""Actors on a language's first day: people whose surname has the Russian form ("-ов", "-ев", "-ova", Cyrillic or
Latin) whatever their given name, which no list need hold; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    """The people found, as the text writes them."""
    return [s for f in find_actors(text, language) if f.kind == "person" for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Бүгүн полковник Төлөгөн Жумабеков жыйынга катышты.", "ky", "Төлөгөн Жумабеков"),
        ("Кеше вәкил Илнур Хәйретдинов чыгыш ясады.", "tt", "Илнур Хәйретдинов"),
        ("Дирӯз вазир Фаррух Саидов ба шаҳр омад.", "tg", "Фаррух Саидов"),
        ("Kecha vazir Dilshod Nurmatov yig'ilishda gapirdi.", "uz", "Dilshod Nurmatov"),
        ("Bu gün nazir Səbinə Qasımova bəyanat verdi.", "az", "Səbinə Qasımova"),
    ],
)
def test_a_surname_of_the_russian_form_after_a_capitalised_word(text: str, language: str, person: str) -> None:
    assert person in people(text, language)


def test_such_a_surname_with_a_case_ending_glued_on() -> None:
    """Kyrgyz glues its genitive to the surname ("Жумабеков|дун"): the person is still read."""
    found = people("Бүгүн полковник Төлөгөн Жумабековдун сөзү угулду.", "ky")
    assert any(s.startswith("Төлөгөн Жумабеков") for s in found)


def test_not_a_pair_that_opens_a_sentence() -> None:
    """A sentence's first word is capitalised whatever it is: "Бүгүн" (today) is no given name."""
    assert not people("Бүгүн Жумабеков келди.", "ky")
    assert not people("Жыйын Жумабеков менен өттү.", "ky")
