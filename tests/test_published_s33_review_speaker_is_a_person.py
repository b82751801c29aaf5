"""A release's title dates the page by the speaker named between commas before its day only where that segment is
a person's name (its first word a known given name): a square's or street's name there is where it happened, and
the day is the event's. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

TEXT = "Il museo civico resterà chiuso per lavori di restauro. Le visite riprenderanno in primavera.\n"


@pytest.mark.parametrize(
    "title",
    [
        "Dichiarazione per il ricordo dell'alluvione, Piazza Garibaldi, 4.11.1966",
        "Comunicato sulla lapide dei caduti, Via Mazzini, 25.04.1945",
        "Dichiarazione per la memoria del crollo, Ponte Vecchio, 8.08.1944",
    ],
)
def test_a_place_between_commas_is_no_speaker(tmp_path: Path, title: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{TEXT}")[1] != "header"


def test_a_person_between_commas_still_dates_the_page(tmp_path: Path) -> None:
    title = "Dichiarazione della Direttrice del Museo, Paola Ferri, 12.05.2021"
    assert published_of(tmp_path, f"{title}\n\n{TEXT}") == ("2021-05-12", "header")
