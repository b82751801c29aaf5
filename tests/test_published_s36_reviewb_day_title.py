"""Review B 11: a title naming a weekday and a whole date dates the page only where a word of the closed list of
daily pages names it (`day_page_words`: a press review, a bulletin, a digest); a strike's, a storm's, a fair's,
a match's or a duty roster's day is an event's, not the page's. Texts written for the test (a cycle path), none
from an evaluation set."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT = "Le conseil départemental a inauguré une nouvelle piste cyclable le long du canal.\n"
TEXT_ES = "El ayuntamiento inauguró un nuevo carril bici junto al canal.\n"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Grève du jeudi 13 février 2025", TEXT),
        ("Tempête du mardi 11 février 2025", TEXT),
        ("Fête du quartier du samedi 15 février 2025", TEXT),
        ("Programme du samedi 15 février 2025", TEXT),
        ("Pharmacies de garde du dimanche 16 février 2025", TEXT),
        ("Résultats du tirage du samedi 15 février 2025", TEXT),
        ("Horoscope du lundi 17 février 2025", TEXT),
        ("Manifestación del domingo 16 de febrero de 2025", TEXT_ES),
    ],
)
def test_an_event_s_day_in_a_title_is_not_the_page_s(tmp_path, title: str, text: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] is None


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        ("Revue de presse du lundi 17 février 2025", TEXT, "2025-02-17"),
        ("Les actualités de la région du lundi 17 février 2025", TEXT, "2025-02-17"),
        ("Boletín Nº 40 del lunes 17 de febrero de 2025", TEXT_ES, "2025-02-17"),
    ],
)
def test_a_daily_page_s_title_still_dates_it(tmp_path, title: str, text: str, day: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] == day
