"""Publication dates: only a written release's title (`data/publication.yaml`'s `release_heading`: "Medienmitteilung",
"Comunicado") closing on its day and hour dates the page; a press conference's or a speech's title with a day and an
hour announces or reports that event ("Pressekonferenz zur Eröffnung …, 20. Juni 2019, 10.00 Uhr" is an invitation),
and "Botschaft" is also an embassy. Each text is written for the test, on a topic of its own (a town's swimming pool)."""

from __future__ import annotations

import pytest
from conftest import published_of

BODY_DE = (
    "\n\nDas Hallenbad lädt die Medienschaffenden zur Besichtigung der neuen Becken ein. Anmeldung bis Freitag beim Sportamt.\n"
)
BODY_ES = "\n\nEl polideportivo invita a los medios a visitar las nuevas piscinas. Inscripción hasta el viernes.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Pressekonferenz zur Eröffnung des Hallenbads Aarau, 12. Mai 2020, 10.00 Uhr" + BODY_DE,
        "Pressekonferenz des Sportamts Aarau, 12. Mai 2020, 09.30 Uhr" + BODY_DE,
        "Rede des Stadtpräsidenten zur Eröffnung des Hallenbads, 12. Mai 2020, 10.00 Uhr" + BODY_DE,
        "Rede zur Einweihung des alten Stadtbads, 3. Oktober 1990, 18.30 Uhr" + BODY_DE,
        "Botschaft in Khartum geschlossen, 22. April 2023, 16.30 Uhr" + BODY_DE,
        "Rueda de prensa del Polideportivo Municipal de Junín, 12 de mayo de 2020, 10:00 horas" + BODY_ES,
    ],
)
def test_an_invitation_or_a_speech_with_its_day_and_hour_dates_no_page(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Medienmitteilung des Sportamts Aarau, 12. Mai 2020, 10.00 Uhr" + BODY_DE, "2020-05-12"),
        ("Comunicado del Polideportivo Municipal de Junín, 12 de mayo de 2020, 10:00 horas" + BODY_ES, "2020-05-12"),
    ],
)
def test_a_written_release_with_its_day_and_hour_still_dates_the_page(tmp_path, text: str, found: str) -> None:
    assert published_of(tmp_path, text)[0] == found
