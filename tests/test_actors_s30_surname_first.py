"""Actors in a language that writes the family name first (Hungarian "Kovács Péter"): two capitalised words whose
second is a known given name are a person's full name, unless a lower-case word after them makes the name a
street's or a prize's; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A második félidőben Kovács Péter lőtte a győztes gólt a hazaiaknak.", "Kovács Péter"),
        ("A tanácskozáson tegnap Horváth Zsuzsanna ismertette a tervet a lakókkal.", "Horváth Zsuzsanna"),
    ],
)
def test_family_name_then_given_name_is_a_person(text: str, name: str) -> None:
    assert name in people(text, "hu")


def test_a_street_named_after_a_person_is_no_person() -> None:
    assert people("A baleset a belvárosban, a Kossuth Lajos utcában történt éjjel.", "hu") == []


def test_a_given_name_first_language_keeps_its_order() -> None:
    # Romanian writes the given name first: a surname that is no given name before one is no full name there
    assert "Popescu Ioana" not in people("Ieri a vorbit la ședință domnul Popescu Ioana despre buget.", "ro")
