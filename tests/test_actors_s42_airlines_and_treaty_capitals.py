"""Two names that hold a state's or a capital's name and name no state. French writes an airline's name as "Air" then
its state's name ("la compagnie aérienne Air India", "un vol d'Air France"), as English does: the company, and the
state is no actor there, where the state's name alone still is. A capital's name inside a treaty's title ("the
Ottawa Treaty", "the Treaty of Ottawa", "the Ottawa Convention") names the title, no state; the capital acting
("Ottawa signed the treaty") still stands for its state. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Un avion de la compagnie aérienne Air France a dû se poser en urgence à Nantes, selon la préfecture.", "Air France"),
        ("Un vol d'Air Algérie a été annulé hier soir en raison d'une grève des contrôleurs aériens.", "Air Algérie"),
    ],
)
def test_french_air_and_a_state_is_the_airline(tmp_path: Path, text: str, surface: str) -> None:
    found = mentions_of(tmp_path, text)
    assert surface in found
    assert found[surface] not in ("france", "algeria")


def test_the_state_alone_is_still_its_state(tmp_path: Path) -> None:
    found = mentions_of(tmp_path, "La France a annoncé hier de nouvelles mesures pour les compagnies aériennes.")
    assert found.get("France") == "france"


@pytest.mark.parametrize(
    "text",
    [
        "The government accused its neighbour of breaching the Ottawa Treaty by laying new mines along the border.",
        "Both states ratified the Treaty of Ottawa decades ago and destroyed their stocks of mines.",
        "The ministry said the new mines broke the Ottawa Convention and called for inspectors.",
    ],
)
def test_a_capital_in_a_treatys_title_is_no_state(tmp_path: Path, text: str) -> None:
    assert "canada" not in mentions_of(tmp_path, text).values()


def test_a_capital_acting_beside_a_treaty_is_its_state(tmp_path: Path) -> None:
    found = mentions_of(tmp_path, "Ottawa signed the treaty on Monday after a long debate in parliament.")
    assert found.get("Ottawa") == "canada"
