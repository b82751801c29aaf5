"""An act's title dates the page only when its act's word, its number and its issuer stand before the "of" and the
date: a headline's verb or noun there ("prorroga", "di chiusura", "sulle iscrizioni con scadenza") makes the date
the act's start or deadline, and a law's own name ("Lei Áurea") a day of history. And a date line with an hour over a
text that names the same hour for what it announces is the event's, not a stamp. Each text is written for the test."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT_PT = "A câmara explicou as novas regras aos moradores. A medida foi discutida ontem na assembleia.\n"
TEXT_ES = "El ayuntamiento explicó las nuevas normas a los vecinos. La medida se debatió ayer en el pleno.\n"
TEXT_IT = "Il comune ha spiegato le nuove regole alle famiglie. La misura è stata discussa ieri in consiglio.\n"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Decreto estende isenção a partir de 1 de fevereiro de 2026", TEXT_PT),
        ("DECRETO ESTENDE ISENÇÃO A PARTIR DE 1 DE FEVEREIRO DE 2026", TEXT_PT),
        ("Orden de cierre de parques a partir de 20 de abril de 2021", TEXT_ES),
        ("Circolare sulle iscrizioni con scadenza del 28 febbraio 2026", TEXT_IT),
        ("Lei Áurea de 13 de maio de 1888", TEXT_PT),
    ],
)
def test_a_headline_about_an_acts_start_or_deadline_gives_no_date(tmp_path, title: str, text: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] is None


@pytest.mark.parametrize(
    ("title", "text", "date"),
    [
        ("Resolución de la Consejería de Salud de 4 de mayo de 2022", TEXT_ES, "2022-05-04"),
        ("Ordinanza del Sindaco n. 12 del 9 giugno 2023", TEXT_IT, "2023-06-09"),
        ("Decreto dell'Assessore all'Ambiente del 9 giugno 2023", TEXT_IT, "2023-06-09"),
    ],
)
def test_an_acts_number_and_issuer_keep_its_title_dated(tmp_path, title: str, text: str, date: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] == date


def test_an_events_hour_repeated_below_is_no_posting_stamp(tmp_path) -> None:
    head = "20 березня 2025, 18:30\n\nВечір поезії в бібліотеці\n\n"
    text = "20 березня 2025 року о 18:30 у міській бібліотеці відбудеться вечір поезії. Вхід вільний.\n"
    assert published_of(tmp_path, head + text)[0] is None


def test_a_posting_hour_the_text_does_not_repeat_stays_a_stamp(tmp_path) -> None:
    head = "20 березня 2025, 09:12\n\nВечір поезії в бібліотеці\n\n"
    text = "20 березня 2025 року о 18:30 у міській бібліотеці відбудеться вечір поезії. Вхід вільний.\n"
    assert published_of(tmp_path, head + text)[0] == "2025-03-20"
