"""Places that are no actor though a rule could read one: a territory that is part of another state (France's
overseas collectivities, China's special administrative regions) is where something happens, as a capital named
alone is; a province's name of several words (ISO 3166-2: "Rio de Janeiro", "Minas Gerais") is no person's, though
its first word is a given name. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from conftest import mentions_of


def _dir(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_a_part_of_a_state_is_a_place(tmp_path: Path) -> None:
    found = mentions_of(_dir(tmp_path, "a"), "Thousands of people marched in Hong Kong on Sunday against the new law.")
    assert "hong-kong" not in found.values()
    found = mentions_of(_dir(tmp_path, "b"), "Le référendum en Nouvelle-Calédonie a eu lieu dimanche, a annoncé la France.")
    assert "new-caledonia" not in found.values()
    assert found.get("France") == "france"


def test_states_and_bodies_stay(tmp_path: Path) -> None:
    # not part of the state it belongs to: Puerto Rico, Greenland; a state some do not recognise: Taiwan
    found = mentions_of(_dir(tmp_path, "c"), "Puerto Rico asked for more federal aid after the storm hit the island.")
    assert found.get("Puerto Rico") == "puerto-rico"
    found = mentions_of(_dir(tmp_path, "d"), "Greenland rejected the offer, and Taiwan said it would send a delegation.")
    assert found.get("Greenland") == "greenland"
    assert found.get("Taiwan") == "taiwan"
    # the territory's own body is still an actor
    found = mentions_of(_dir(tmp_path, "e"), "The Hong Kong police arrested twenty people near the harbour on Monday.")
    assert found


def test_a_province_is_no_person(tmp_path: Path) -> None:
    found = mentions_of(_dir(tmp_path, "f"), "The flight left Rio de Janeiro for Paris on Monday evening with 200 people.")
    assert "Rio de Janeiro" not in found
    found = mentions_of(_dir(tmp_path, "g"), "Uma barragem da mineradora se rompeu em Minas Gerais na sexta-feira passada.")
    assert "Minas Gerais" not in found
    found = mentions_of(_dir(tmp_path, "h"), "Rescuers reached the cave in Chiang Rai after ten days of searching.")
    assert "Chiang Rai" not in found


def test_people_stay_people(tmp_path: Path) -> None:
    # a given name before a word that names no province; a province named after a person who speaks
    found = mentions_of(_dir(tmp_path, "i"), "Rio Ferdinand said the team had played well in the second half.")
    assert found.get("Rio Ferdinand")
    found = mentions_of(_dir(tmp_path, "j"), "Santiago Rodríguez dijo que el plan funcionaría este año.")
    assert found.get("Santiago Rodríguez")
    found = mentions_of(_dir(tmp_path, "k"), "Minister Diego Martin visited the school in the capital on Friday.")
    assert found.get("Diego Martin")
