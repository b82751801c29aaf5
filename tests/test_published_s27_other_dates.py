"""Dates in a page's head that are not its publication: the hours an event lasted ("von 08:10 bis 09:02", "de 9h00 à
11h30"). Each text is written for the test, on a topic of its own (a cellar fire, a community garden)."""

from __future__ import annotations

import pytest
from conftest import published_of

CELLAR_DE = "Ein Nachbar meldete Rauch aus einem Kellerfenster, die Feuerwehr löschte den Brand in wenigen Minuten.\n"
GARDEN_EN = "The new community garden on Elm Street opened to the public with thirty raised beds.\n"


@pytest.mark.parametrize(
    "head",
    [
        "Einsatzberichte\n\nKellerbrand\n\nMontag, 14.03.2022 von 08:10 bis 09:02\n",
        "Interventions\n\nFeu de cave\n\nMardi 5 avril 2022 de 9h00 à 11h30\n",
        "Call-outs\n\nCellar fire\n\nMonday, 14 March 2022 from 08:10 to 09:02\n",
    ],
)
def test_a_date_with_the_hours_an_event_lasted_is_no_stamp(tmp_path, head: str) -> None:
    text = CELLAR_DE if "Kellerbrand" in head else GARDEN_EN
    assert published_of(tmp_path, head + text)[0] is None


def test_a_date_with_one_time_stays_the_pages_stamp(tmp_path) -> None:
    text = "Einsatzberichte\n\nKellerbrand\n\nMontag, 14.03.2022 08:10\n" + CELLAR_DE
    assert published_of(tmp_path, text)[0] == "2022-03-14"
