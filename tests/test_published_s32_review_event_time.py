"""Review fix: a whole date and a clock time on the hour or a quarter alone under an event's announcement is when
the event takes place, not the page's stamp; a stamp's time falls on any minute. Pages written for the test (a
concert)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

HEADLINE = "Orquesta Juvenil ofrece concierto gratuito en la plaza central"
LEDE = "Agenda culturalLa orquesta presentará un programa de música andina y se espera la asistencia de cientos de familias."
BODY = "El concierto contará con la participación de coros escolares de la región. La entrada es libre hasta llenar el aforo."


@pytest.mark.parametrize("clock", ["7:00 p. m.", "6:30 p. m.", "10:15 a. m."])
def test_an_event_time_under_the_lede_dates_no_page(tmp_path: Path, clock: str) -> None:
    page = f"{HEADLINE}\n\n{LEDE}\n\nFoto: Orquesta Juvenil\n\n20 de mayo de 2025 - {clock}\n\n{BODY}\n"
    assert published_of(tmp_path, page)[0] != "2025-05-20"


def test_a_stamp_on_any_minute_still_dates_the_page(tmp_path: Path) -> None:
    page = f"{HEADLINE}\n\n{LEDE}\n\nFoto: Orquesta Juvenil\n\n20 de mayo de 2025 - 4:52 p. m.\n\n{BODY}\n"
    assert published_of(tmp_path, page) == ("2025-05-20", "header")
