"""A headline that reports an act's publication ("Circolare pubblicata il …: cosa cambia") is no stamp: words open
its line before the label, and more words follow the date than a stamp's time or section. A stamp's label after a
noun ("Nota pubblicata il 4 marzo 2024") or a byline ("… pubblicato il … in Cronaca") still dates the page. Pages
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

TEXT = {
    "it": "Il decreto cambia le regole per i contributi. Le famiglie avranno più tempo per chiedere gli aiuti.\n",
    "fr": "La circulaire change les règles des aides. Les familles auront plus de temps pour les demander.\n",
}


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Circolare pubblicata il 3 marzo 2021: cosa cambia per le famiglie", "it"),
        ("La riforma Rossi pubblicata il 5 maggio 2012: cosa cambia oggi per i pensionati", "it"),
        ("Circulaire publiée le 3 mars 2021 au Journal officiel : ce qui change pour les familles", "fr"),
        ("Décret publié le 7 avril 2020 au Journal officiel : les nouvelles règles", "fr"),
    ],
)
def test_a_headline_reporting_a_publication_is_no_stamp(tmp_path: Path, headline: str, language: str) -> None:
    assert published_of(tmp_path, f"{headline}\n\n{TEXT[language]}") == (None, "not-stated")


@pytest.mark.parametrize(
    ("stamp", "language", "date"),
    [
        ("Risposta pubblicata Venerdì 14 marzo 2025", "it", "2025-03-14"),
        ("Nota pubblicata il 4 marzo 2024 alle 10:05", "it", "2024-03-04"),
        ("Anna Rossi pubblicato il 4 marzo 2024 in Cronaca", "it", "2024-03-04"),
        ("Note publiée le 4 mars 2024", "fr", "2024-03-04"),
    ],
)
def test_a_stamp_after_a_noun_still_dates_the_page(tmp_path: Path, stamp: str, language: str, date: str) -> None:
    page = f"Le nuove regole\n\n{stamp}\n\n{TEXT[language]}"
    assert published_of(tmp_path, page) == (date, "header")
