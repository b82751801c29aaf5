"""Hausa "da" is the language's "and" and a Portuguese or Italian name's particle: before a full name it joins two
people, before a name's last word it is the particle ("Lula da Silva", "Vasco da Gama"). Texts written for these
tests, on a topic of their own (a port's new cranes)."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jakadan Brazil Luiz Inácio Lula da Silva ya ziyarci tashar jiragen ruwa.", "Luiz Inácio Lula da Silva"),
        ("Lula da Silva ya yaba da sababbin injunan tashar.", "Lula da Silva"),
        ("Masu yawon bude ido sun tuna da Vasco da Gama a tashar.", "Vasco da Gama"),
    ],
)
def test_da_before_the_last_word_is_a_particle(text: str, person: str) -> None:
    assert person in people_in(text, "ha")


def test_da_before_a_full_name_joins_two_people() -> None:
    people = people_in("Gwamna Muhammadu Sani da Yemi Adewale sun bude tashar.", "ha")
    assert "Yemi Adewale" in people and not any(" da " in p for p in people)
