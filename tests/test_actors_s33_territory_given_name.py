"""A territory that is part of a state (a place since this session: Guadeloupe, Martinique) whose name is also a
given name, right before a surname, is that person's given name, as a state's name is ("Guadalupe Ramírez"); where
it names the place, it stays no actor. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from conftest import mentions_of


def test_a_territorys_name_before_a_surname_is_a_given_name(tmp_path: Path) -> None:
    found = mentions_of(tmp_path, "La jueza Guadalupe Ramírez dictó sentencia el martes en la capital del estado.")
    assert "Guadalupe Ramírez" in found


def test_the_territory_named_as_a_place_is_no_person(tmp_path: Path) -> None:
    found = mentions_of(tmp_path, "El huracán pasó por Guadalupe y Martinica el lunes por la noche.")
    assert not any("Guadalupe" in name for name in found)
