"""A page's title naming the day it is for: heading words, the short word for "of" (or a comma), a weekday and a
whole date closing the title ("Revue de presse du mardi 4 mars 2025") date a daily page. An event's or a meeting's
title, a title naming two days and a sentence are none. Texts written for the test (a covered market),
none from an evaluation set."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT = "Les habitants ont découvert le nouveau marché couvert, ouvert aux producteurs de la région.\n"
TEXT_ES = "Los vecinos recorrieron el nuevo mercado cubierto, abierto a los productores de la comarca.\n"
TEXT_EN = "Residents toured the new covered market, which is open to growers from across the region.\n"


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        ("Revue de presse du mardi 4 mars 2025", TEXT, "2025-03-04"),
        ("Boletín Nº 12 del lunes 3 de marzo de 2025", TEXT_ES, "2025-03-03"),
        ("Market digest for Tuesday, 4 March 2025", TEXT_EN, "2025-03-04"),
    ],
)
def test_a_daily_title_names_the_page_s_day(tmp_path, title: str, text: str, day: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] == day


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Concert du samedi 8 mars 2025", TEXT),  # an event's day
        ("Séance du conseil municipal du mardi 4 mars 2025", TEXT),  # a meeting's day
        ("Programme de la foire, mardi 4 mars 2025 et mercredi 5 mars 2025", TEXT),  # two days
        ("Le maire a annoncé la fermeture provisoire du marché du mardi 4 mars 2025.", TEXT),  # a sentence
        ("Meeting of the board for Tuesday, 4 March 2025", TEXT_EN),
    ],
)
def test_an_event_two_days_or_a_sentence_name_no_page_day(tmp_path, title: str, text: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] is None
