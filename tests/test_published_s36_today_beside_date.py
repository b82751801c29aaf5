"""A release's opening that sets the word for today beside the date it is, further on than its first words ("Il
consiglio si è riunito oggi, martedì 5 marzo 2024, …", "Комітет сьогодні, 3 травня, розглянув …", German's adjective
"am heutigen Donnerstag (14. März 2019)"), names the day of writing, as an opening "Oggi, 5 marzo 2024, …" does. A part
of the day ("hoje de manhã, 5 de março"), a range ("сьогодні, 3-5 березня") and a date the word for today is not set
beside ("oggi come il 5 marzo 1990") name no day of writing. Pages written for the test (a town council, a sports
federation)."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

TAIL_IT = "Il bilancio prevede nuove piste ciclabili e la riapertura della biblioteca comunale.\n"
TAIL_UK = "Рішення набирають чинності з моменту ухвалення.\n"
TAIL_PT = "O orçamento prevê novas ciclovias e a reabertura da biblioteca municipal.\n"
TAIL_DE = "Die Wahl findet im Herbst statt.\n"


def test_today_beside_a_whole_date_is_the_day_of_writing(tmp_path: Path) -> None:
    page = "Bilancio approvato\n\nIl consiglio comunale si è riunito oggi, martedì 5 marzo 2024, per approvare il bilancio.\n"
    assert published_of(tmp_path, page + TAIL_IT)[0] == "2024-03-05"


def test_today_beside_a_day_and_month_keeps_no_year(tmp_path: Path) -> None:
    page = "Скарги клубів\n\nАпеляційний комітет ліги сьогодні, 3 травня, розглянув дві скарги клубів.\n"
    assert published_of(tmp_path, page + TAIL_UK)[0] == "--05-03"


def test_the_german_adjective_of_today_names_the_day(tmp_path: Path) -> None:
    page = "Neue Direktorin\n\nDer Stiftungsrat wählte am heutigen Donnerstag (14. März 2019) eine neue Direktorin.\n"
    assert published_of(tmp_path, page + TAIL_DE)[0] == "2019-03-14"


def test_a_part_of_the_day_is_when_it_happened(tmp_path: Path) -> None:
    page = "Orçamento\n\nO presidente falou hoje de manhã, 5 de março de 2024, aos vereadores da câmara.\n"
    assert published_of(tmp_path, page + TAIL_PT)[0] != "2024-03-05"


def test_today_beside_a_range_names_no_day(tmp_path: Path) -> None:
    page = "Засідання\n\nРада сьогодні, 3-5 березня, проводить засідання своїх комітетів.\n"
    assert published_of(tmp_path, page + TAIL_UK)[0] != "--03-03"


def test_a_date_compared_with_today_is_no_day_of_writing(tmp_path: Path) -> None:
    page = "La piazza\n\nOggi come il 5 marzo 1990 la piazza del mercato era piena di gente.\n"
    assert published_of(tmp_path, page + TAIL_IT)[0] != "1990-03-05"
