"""A release's title that opens on the statement's word and names who gave it between commas, then its day
("Dichiarazione del Direttore della Sala Stampa, Matteo Bruni, 31.03.2020", "Comunicado do Ministério, Ana Lima, 4
de março de 2024"): the day the statement was given, the page's date, as a dateline's city before it is. A headline
that names no statement, or no name between commas, or a clause there, reports a day. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

TEXT = {
    "it": "Il museo civico resterà chiuso per lavori di restauro. Le visite riprenderanno in primavera.\n",
    "pt": "O museu municipal ficará fechado para obras de restauro. As visitas serão retomadas na primavera.\n",
}


@pytest.mark.parametrize(
    ("title", "language", "date"),
    [
        ("Dichiarazione del Direttore del Museo Civico, Marco Bianchi, 31.03.2020", "it", "2020-03-31"),
        ("Comunicato della Fondazione, Giulia Neri, 4 marzo 2024", "it", "2024-03-04"),
        ("Comunicado do Museu Municipal, Ana Lima, 4 de março de 2024", "pt", "2024-03-04"),
    ],
)
def test_a_release_title_naming_its_speaker_dates_the_page(tmp_path: Path, title: str, language: str, date: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{TEXT[language]}") == (date, "header")


@pytest.mark.parametrize(
    "title",
    [
        "Intervista al Direttore del Museo Civico, Marco Bianchi, 31.03.2020",  # no statement's word opens it
        "Comunicato sul restauro del museo, 31.03.2020",  # no name between commas
        "Comunicato sul museo, chiuso per i lavori, 31.03.2020",  # a clause between the commas
    ],
)
def test_other_titles_are_not_the_page_s_date(tmp_path: Path, title: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{TEXT['it']}")[0] != "2020-03-31"
