"""The hours an event lasted written as whole hours ("de 9h à 12h", "das 9h às 12h", "von 8 bis 10 Uhr"): a span, no
stamp, as with their minutes ("de 9h00 à 12h00"); one time alone stays a stamp. Each text is written for the test, on
a topic of its own (a cellar fire, a flooded road)."""

from __future__ import annotations

import pytest
from conftest import published_of

CELLAR_FR = "Un voisin a signalé de la fumée sortant d'un soupirail, les pompiers ont éteint le feu en quelques minutes.\n"
ROAD_PT = "A estrada ficou alagada depois da chuva forte e os bombeiros retiraram a água com duas bombas.\n"
CELLAR_DE = "Ein Nachbar meldete Rauch aus einem Kellerfenster, die Feuerwehr löschte den Brand in wenigen Minuten.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Interventions\n\nFeu de cave\n\nMardi 5 avril 2022 de 9h à 12h\n\n" + CELLAR_FR,
        "Interventions\n\nFeu de cave\n\nMardi 5 avril 2022 de 14h à 17h\n\n" + CELLAR_FR,
        "Ocorrências\n\nEstrada alagada\n\nTerça-feira, 5 de abril de 2022, das 9h às 12h\n\n" + ROAD_PT,
        "Einsatzberichte\n\nKellerbrand\n\nMontag, 14.03.2022 von 8 bis 10 Uhr\n\n" + CELLAR_DE,
    ],
)
def test_a_date_with_whole_hours_an_event_lasted_is_no_stamp(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] is None


def test_a_date_with_one_whole_hour_stays_the_pages_stamp(tmp_path) -> None:
    text = "Interventions\n\nFeu de cave\n\nMardi 5 avril 2022 à 9h\n\n" + CELLAR_FR
    assert published_of(tmp_path, text)[0] == "2022-04-05"
