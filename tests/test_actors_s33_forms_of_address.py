"""Italian opens a speech or a minister's written answer with the plural forms of address ("Signor Presidente,
Onorevoli Deputati, …", "Signore e Signori"): no one's name. A name after a title stays a person's. Texts written
for the test (a council's answer on a bus line)."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    "text",
    [
        "Signor Presidente, Onorevoli Deputati, la linea dell'autobus riprende a maggio.",
        "Onorevoli Consiglieri, il comune risponde sulla linea dell'autobus.",
        "Signore e Signori, la nuova linea parte dalla stazione.",
    ],
)
def test_a_plural_form_of_address_is_no_person(text: str) -> None:
    assert people_in(text, "it") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Il ministro Carlo Bassi ha risposto sulla linea dell'autobus.", "Carlo Bassi"),
        ("Il signor Luca Moretti ha chiesto una fermata in più.", "Luca Moretti"),
    ],
)
def test_a_name_after_a_title_stays_a_person(text: str, person: str) -> None:
    assert people_in(text, "it") == {person}
