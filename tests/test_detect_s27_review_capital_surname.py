"""A word in capitals after a person's name is their surname only as official texts write it: a title, one name in
mixed case, then the surname in capitals ("Vali Ad SOYAD"). After a full name in mixed case it is a body's acronym or
a word in capitals, not part of the name; with no title before a given name it names no person. Sentences written
for the test (a flood, a contract, a lab)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str = "tr") -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Vali Murat Demir AFAD ekipleriyle taşkın bölgesini gezdi.", "tr", "Murat Demir"),
        ("Başkan Zeynep Arslan TEİAŞ yetkilileriyle görüştü.", "tr", "Zeynep Arslan"),
        ("Inspector Laura Finch RSPCA officers rescued the horses.", "en", "Laura Finch"),
    ],
)
def test_an_acronym_after_a_full_name_is_no_surname(text: str, language: str, person: str) -> None:
    assert people(text, language) == [person]


@pytest.mark.parametrize(
    "text",
    ["Murat ASELSAN hisselerini devretti.", "Murat TEİAŞ sözleşmesini imzaladı."],
)
def test_a_given_name_without_a_title_takes_no_capitals(text: str) -> None:
    assert people(text) == []


def test_a_title_one_name_and_the_surname_in_capitals() -> None:
    assert people("Törene Vali Murat KOCABAŞ katıldı.") == ["Murat KOCABAŞ"]
