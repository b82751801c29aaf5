"""Russian and Ukrainian names written as two initials (the given name's and the patronymic's) and a surname,
spaced or glued ("С.В.Лавров"): a person wherever they stand, also after a long title, and the same person as the
full name the text gives with that surname in any case. Texts written for these tests, on a city's museum."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.surfaces for a in find_actors(text, language) if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Директор Государственного исторического музея Республики Татарстан А.Р.Галиев открыл выставку.", "ru", "А.Р.Галиев"),
        ("Выставку открыл заместитель министра культуры Российской Федерации Н. П. Соколов.", "ru", "Н. П. Соколов"),
        ("Директорка Національного художнього музею України О.В.Коваленко відкрила виставку.", "uk", "О.В.Коваленко"),
    ],
)
def test_initials_and_a_surname_after_a_long_title(text: str, language: str, surface: str) -> None:
    assert any(surface in surfaces for surfaces in people(text, language).values())


def test_the_same_person_as_the_full_name_in_another_case() -> None:
    text = (
        "Выставка открылась при участии директора музея И.С.Морозовой. Ирина Морозова рассказала о новых залах."
        " Министр культуры области П.А.Беляев поддержал музей, а Павел Беляев пообещал новые средства."
    )
    found = people(text, "ru")
    assert found.get("Irina Morozova") == ("И.С.Морозовой", "Ирина Морозова")
    assert set(found.get("Pavel Belyaev", ())) == {"П.А.Беляев", "Павел Беляев"}
    assert len(found) == 2


def test_in_ukrainian_too() -> None:
    found = people("Виставку відкрила директорка музею І.С.Морозової. Ірина Морозова розповіла про нові зали.", "uk")
    assert len(found) == 1 and "І.С.Морозової" in next(iter(found.values()))


def test_a_name_after_named_after_belongs_to_the_body() -> None:
    """ "им." ("named after") opens the rest of a body's name: the person it names is no actor of the text."""
    assert people("Музей им. А.С.Пушкина открыл новые залы.", "ru") == {}
