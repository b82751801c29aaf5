""" "Signori" and "Signore" open a speech as forms of address (no one's name) but are also Italian surnames: right
after a known given name they are the person's surname, as "Guerra" is (`stop_surnames`). Sentences written for the
test."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Beppe Signori ha segnato due gol contro il Parma nel campionato di quell'anno.", "Beppe Signori"),
        ("L'attaccante Giuseppe Signori tornò a Bologna in estate.", "Giuseppe Signori"),
        ("Lucia Signore ha vinto il premio del festival.", "Lucia Signore"),
    ],
)
def test_a_surname_signori_after_a_given_name_is_a_person(text: str, person: str) -> None:
    assert people_in(text, "it") == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Signore e Signori, la nuova linea parte dalla stazione.",
        "Grazie, Signori, per la pazienza di questa sera.",
        "Signori, il treno è in ritardo di venti minuti.",
    ],
)
def test_a_form_of_address_is_still_no_person(text: str) -> None:
    assert people_in(text, "it") == set()
