"""A headline reporting an act published in a gazette ("Décret publié le 7 avril 2020 au Journal officiel : …") is no
stamp: the gazette's name after the date is a second published label, and the headline's words are counted past it,
to the line's end. A gazette's issue line ("Gazzetta ufficiale n.41 del 26/5/2000") and a byline with an updated
label after its date still date the page. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

TEXT = {
    "it": "Il decreto cambia le regole per le imprese. Le aziende avranno più tempo per adeguarsi.\n",
    "fr": "Le décret change les règles des aides. Les familles auront plus de temps pour les demander.\n",
    "en": "The order changes the rules for ports. Operators will have more time to comply.\n",
}


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Arrêté publié le 12 juin 2022 au Journal officiel : ce qui change pour les ports", "fr"),
        ("Decreto pubblicato il 5 maggio 2021 in Gazzetta Ufficiale: cosa cambia per le imprese", "it"),
        ("Order published on 3 March 2021 in the Official Gazette sets new rules for ports", "en"),
    ],
)
def test_a_headline_reporting_an_act_in_a_gazette_is_no_stamp(tmp_path: Path, headline: str, language: str) -> None:
    assert published_of(tmp_path, f"{headline}\n\n{TEXT[language]}") == (None, "not-stated")


@pytest.mark.parametrize(
    ("stamp", "language", "date"),
    [
        ("Gazzetta ufficiale n.41 del 26/5/2000", "it", "2000-05-26"),
        ("Note publiée le 4 mars 2024", "fr", "2024-03-04"),
    ],
)
def test_a_stamp_still_dates_the_page(tmp_path: Path, stamp: str, language: str, date: str) -> None:
    assert published_of(tmp_path, f"Titre\n\n{stamp}\n\n{TEXT[language]}")[0] == date
