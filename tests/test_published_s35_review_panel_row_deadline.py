"""Review of the member panel's row rule (e5eff589): a byline's row of fields ending in a deadline ("Ort: … Datum:
… Bewerbungsfrist: …") is no member panel; only a sign-up label closes one (`signup_labels_with_colon`), so the
row keeps its publication date. Lines written for the test (a job posting, a library notice)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.published_lines import ends_panel_row_with_other_date
from conftest import published_of

BODY_DE = (
    "Die Stadtbibliothek sucht eine Fachkraft für die Kinderabteilung. Erwartet werden Erfahrung in der "
    "Leseförderung und Freude an der Arbeit mit Schulklassen."
)


@pytest.mark.parametrize(
    "line",
    [
        "Ort: Kassel Veröffentlicht: 04.02.2024 Bewerbungsfrist: 29.02.2024",
        "Location: Dundee Posted: 2024-02-04 Closing date: 2024-02-29",
    ],
)
def test_a_deadline_ends_no_panel_row(line: str) -> None:
    assert not ends_panel_row_with_other_date(line)


def test_the_rows_publication_date_stays(tmp_path: Path) -> None:
    page = "Fachkraft Kinderbibliothek\n\nOrt: Kassel Veröffentlicht: 04.02.2024 Bewerbungsfrist: 29.02.2024\n"
    assert published_of(tmp_path, f"{page}\n{BODY_DE}\n")[0] == "2024-02-04"


def test_a_sign_up_still_ends_a_panel_row() -> None:
    assert ends_panel_row_with_other_date("Beiträge: 40 Rang: Imker Registriert: 12.01.2018")
