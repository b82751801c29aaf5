"""Publication dates of a page that collects the statements of one day under a heading naming them and the day
("Déclarations officielles du 3 mai 2024", "Statements of 4 March 2024"): each text is written for the test, on a
topic of its own (a harbour's new ferry service)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Déclarations officielles de politique maritime du 3 mai 2024", "2024-05-03"),
        ("Points de presse du 4 mars 2024", "2024-03-04"),
    ],
)
def test_the_day_of_the_statements_dates_the_page(tmp_path, heading: str, found: str) -> None:
    text = (
        f"Recherche dans les archives\n\n- choisir une date\n\n{heading}\n\nSommaire\n\n1. Navette du port - La navette"
        " relie les deux quais depuis lundi. Elle circule toutes les heures. Les billets sont vendus à bord.\n"
    )
    assert published_of(tmp_path, text)[0] == found


def test_a_heading_of_one_statement_dates_no_page_by_this_rule(tmp_path) -> None:
    """One statement's word in the singular names no day's collection: the rule leaves the heading alone."""
    text = (
        "Recherche dans les archives\n\n- choisir une date\n\nDéclaration sur la navette du 3 mai 2024\n\n"
        "Sommaire\n\n1. Navette du port - La navette relie les deux quais depuis lundi. Elle circule toutes les heures.\n"
    )
    assert published_of(tmp_path, text)[0] is None
