"""A province whose name reads as a given name and a surname (ISO 3166-2: Trinidad's "Diego Martin") is no person
only where a place's preposition stands before it; a man of that name who scores or acts is an actor. Sentences
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Diego Martin scored twice as the visitors won 2-0 away on Saturday night.",
        "Diego Martín presentó ayer su nuevo disco ante cientos de seguidores.",
        "The actor Diego Martin won the award for best supporting role on Sunday.",
    ],
    ids=["footballer", "spanish-singer", "actor"],
)
def test_a_man_named_like_a_province_is_found(tmp_path: Path, sentence: str) -> None:
    found = mentions_of(tmp_path, sentence)
    assert any(name.startswith("Diego Mart") for name in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Heavy rain flooded several streets in Diego Martin on Tuesday, the police said.",
        "The flight left Rio de Janeiro for Lisbon on Monday evening with 200 people.",
        "Floods closed roads across Minas Gerais after a week of rain.",
    ],
    ids=["in-diego-martin", "rio-de-janeiro", "minas-gerais"],
)
def test_a_province_stays_a_place(tmp_path: Path, sentence: str) -> None:
    found = mentions_of(tmp_path, sentence)
    assert not any(name.startswith(("Diego Mart", "Rio de", "Minas")) for name in found), found
