"""Italian writes a professor's title, in full or abbreviated as the dictionaries give it ("il prof. Rossi", "la
prof.ssa Bianchi", "il professore Mario Rossi"), before one name or a full one: that name is a person's. The title
alone, or before a body's name, names no one. Texts written for the test (a school's science fair)."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("La mostra è stata curata dal prof. Ferretti con gli studenti.", "Ferretti"),
        ("Ha aperto la mostra la prof.ssa Colombo del liceo.", "Colombo"),
        ("Il professore Marco Galli ha premiato i vincitori.", "Marco Galli"),
    ],
)
def test_the_name_after_a_professor_s_title_is_a_person(text: str, person: str) -> None:
    assert people_in(text, "it") == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Il prof. ha premiato i vincitori della mostra.",
        "Il professore ha detto che la mostra riapre a maggio.",
        "La prof.ssa ha chiesto agli studenti di preparare i cartelloni.",
    ],
)
def test_the_title_alone_names_no_one(text: str) -> None:
    assert people_in(text, "it") == set()
