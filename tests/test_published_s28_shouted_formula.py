"""A whole date with its weekday opening a page, then the formula an act opens with in capitals ("VISTO",
"WHEREAS"): a council's stamp glued to its act's first line, the page's date, not an event of its first sentence.
A sentence an opening date runs into (a lower-case word or a name after it) and an acronym after it stay text.
Texts written for the test (a village's ordinance on its market)."""

from __future__ import annotations

import pytest
from conftest import published_of

BELOW = {
    "it": "\n\nSI ORDINA la chiusura del mercato coperto fino a nuovo avviso.\n",
    "en": "\n\nIT IS ORDERED that the covered market stays closed until further notice.\n",
}


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ("giovedì 9 MARZO 2023 VISTO il regolamento comunale del mercato coperto;", "it"),
        ("giovedì 9 marzo 2023 CONSIDERATO il guasto all'impianto elettrico del mercato;", "it"),
        ("Thursday 9 March 2023 WHEREAS the covered market's wiring has failed;", "en"),
    ],
)
def test_a_weekday_stamp_glued_to_a_shouted_formula(tmp_path, head: str, language: str) -> None:
    assert published_of(tmp_path, head + BELOW[language])[0] == "2023-03-09"


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ("Giovedì 9 marzo 2023 il consiglio comunale ha chiuso il mercato coperto del paese.", "it"),
        ("Giovedì 9 marzo 2023 Mario Rossi ha chiuso il mercato coperto del paese.", "it"),
        ("Thursday 9 March 2023 NATO ministers met in the old covered market of the village.", "en"),
    ],
)
def test_a_sentence_an_opening_date_runs_into_is_no_stamp(tmp_path, head: str, language: str) -> None:
    assert published_of(tmp_path, head + BELOW[language])[0] is None
