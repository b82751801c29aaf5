"""Icelandic "skrifar" labels a byline's stamp only when the date follows it straight ("Jón Jónsson skrifar 4. apríl
2025 09:15"): "skrifar undir" (signs) or "skrifar um" (writes about) before a date is a sentence's verb, and its
day is the event's, no page date. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

BODY = "Nýi samningurinn tekur gildi í sumar. Hann nær til allra sveitarfélaga á landinu og var lengi í undirbúningi."


@pytest.mark.parametrize(
    "line",
    [
        "Borgarstjóri Anna Jónsdóttir skrifar undir 14. maí 2026 kl. 10:00 í Ráðhúsinu.",
        "Ráðherra Páll Gunnarsson skrifar undir samninginn 3. júní 2026 kl. 15:30 á Akureyri.",
        "Formaður Sigríður Ólafsdóttir skrifar um 9. apríl 2026 12:00 og fundinn í gær.",
    ],
)
def test_the_verb_before_its_particle_dates_nothing(tmp_path: Path, line: str) -> None:
    assert published_of(tmp_path, f"{line}\n\n{BODY}\n")[1] != "header"


def test_a_byline_stamp_still_dates_the_page(tmp_path: Path) -> None:
    line = "Nýr samningur undirritaður Anna Jónsdóttir skrifar 14. maí 2026 10:05 Ráðherra kynnti samninginn."
    assert published_of(tmp_path, f"{line}\n\n{BODY}\n") == ("2026-05-14", "header")
