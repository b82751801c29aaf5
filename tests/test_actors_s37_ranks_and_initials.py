"""A police rank Commonwealth forces abbreviate before a name ("DSP", "ASP", "IGP": deputy or assistant superintendent,
inspector-general) and a prosecutor's office ("U.S. Attorney", "District Attorney") title the name after them,
as "Inspector" does: the person is the name, not the rank's letters nor a body. An initial alone ("une fille, K.")
names no person. A name with its initials first ("А.В. Коваленко") is a person even in a signature line that the
loader reads as a title-cased heading, where other capitals say nothing. Sentences written for the test (a police
command's statement, an indictment, a bank's resolution)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_of, people_in


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A statement signed by the command's spokesman, DSP Ebiere Tamuno, confirmed the escape.", "Ebiere Tamuno"),
        ("ASP Tonye Briggs told reporters the suspects were rearrested.", "Tonye Briggs"),
        ("U.S. Attorney Mary K. Dalton announced the indictment on Friday.", "Mary K. Dalton"),
        ("District Attorney Alvin Rourke filed the charges.", "Alvin Rourke"),
    ],
)
def test_the_name_after_a_rank_or_office_is_the_person(text: str, person: str) -> None:
    assert people_in(text, "en") == {person}


def test_a_rank_alone_names_no_one() -> None:
    assert people_in("The DSP said the suspects were rearrested.", "en") == set()


def test_an_initial_alone_is_no_person() -> None:
    assert people_in("La victime, une fille, K., est née en 2001.", "fr") == set()
    assert people_in("Le suspect, Karim B., a été arrêté.", "fr") == {"Karim B"}


PAGE = (
    "Об учётной ставке банка\n\n"
    "Правление банка постановляет снизить учётную ставку до девяти процентов годовых с первого числа следующего месяца.\n\n"
    "Настоящее постановление вступает в силу со дня его подписания.\n\n"
)


def test_a_name_with_initials_in_a_signature_line(tmp_path: Path) -> None:
    assert mentions_of(tmp_path, PAGE + "Председатель Правления А.В. Коваленко\n") == {"А.В. Коваленко": "a-v-kovalenko"}


def test_other_capitals_of_a_title_cased_heading_name_no_one(tmp_path: Path) -> None:
    assert mentions_of(tmp_path, PAGE + "Председатель Правления Андрей Коваленко\n") == {}
