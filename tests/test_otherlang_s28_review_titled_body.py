"""Review of bodies closed by a head-word (languages that write surnames of the Russian form): a title of the language
(`titles`: "Prezident", "Bosh vazir", "Президент") then a surname before the head-word is the person's commission, no
body made of the title and the surname; a body's own capitalised words ("Markaziy Saylov komissiyasi") still make
one. Sentences written for the test (a commission set up)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uz", "Prezident Mirziyoyev komissiyasi hisobot berdi."),
        ("uz", "Bosh vazir Aripov komissiyasi yigʻildi."),
        ("kk", "Президент Тоқаев комиссиясы жұмысын бастады."),
        ("az", "Prezident Əliyev komissiyası yaradıldı."),
    ],
)
def test_a_title_and_a_surname_make_no_body(language: str, text: str) -> None:
    assert organisations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("uz", "Markaziy Saylov komissiyasi natijalarni eʼlon qildi.", "Markaziy Saylov komissiyasi"),  # control
        ("kk", "Орталық Сайлау комиссиясы мәлімдеме жасады.", "Орталық Сайлау комиссиясы"),  # control
    ],
)
def test_a_body_s_own_words_still_make_it(language: str, text: str, body: str) -> None:
    assert organisations(text, language) == [body]
