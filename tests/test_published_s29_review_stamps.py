"""A page's stamp printed with its section or rubric keeps the page's date: a prayer timetable's name or a city's
programme ("Афиша") dates the day it lists only when it runs into the date as a heading does. A labelled stamp
("Published: … | Prayer times"), a clock time after the date ("Афиша 12.03.2024 10:15", "… 09:15 Namaz
Vakitleri"), a section name set off after the date by a dash or a bar, or a word of another script between the
name and the date (a magazine's title, "Афиша Daily") mark the page's own stamp. Each text is written for the
test."""

from __future__ import annotations

import pytest
from conftest import published_of

WINTER_EN = "The city's mosques will keep their winter hours until the end of the month, the council said.\n"
MOSQUE_TR = "Şehrin merkez camisi bu hafta yenilenen avlusuyla cemaati karşılayacak. Vakitler il il açıklandı.\n"
RAMADAN_DE = "Die Moscheen der Stadt öffnen im Fastenmonat länger, teilte der Verband mit.\n"
PHILHARMONIC_RU = "В Самаре открылся новый сезон в филармонии. Билеты уже в продаже.\n"
BOOKSHOP_RU = "В Самаре открылся новый книжный магазин. Он работает ежедневно.\n"
PHILHARMONIC_UK = "У Черкасах відкрили новий сезон у філармонії. Квитки вже у продажу.\n"


@pytest.mark.parametrize(
    ("head", "text", "day"),
    [
        ("Mosques keep winter hours\nPublished: 14 March 2024 | Prayer times\n\n", WINTER_EN, "2024-03-14"),
        ("Mosques keep winter hours\nPosted 2 April 2024 | Prayer Times\n\n", WINTER_EN, "2024-04-02"),
        ("Mosques keep winter hours\n14 March 2024 — Prayer times\n\n", WINTER_EN, "2024-03-14"),
        ("Mosques keep winter hours\n3 April 2024 | prayer times\n\n", WINTER_EN, "2024-04-03"),
        ("Merkez camisi yenilendi\nYayınlanma: 14.03.2025 09:15 | Namaz Vakitleri\n\n", MOSQUE_TR, "2025-03-14"),
        ("Merkez camisi yenilendi\n14.03.2025 09:15 Namaz Vakitleri\n\n", MOSQUE_TR, "2025-03-14"),
        ("Merkez camisi yenilendi\nEzan Vakitleri - 02.04.2025 17:40\n\n", MOSQUE_TR, "2025-04-02"),
        ("Moscheen öffnen länger\nVeröffentlicht am 14.03.2024 in Gebetszeiten\n\n", RAMADAN_DE, "2024-03-14"),
    ],
)
def test_a_stamp_with_a_prayer_times_section_dates_the_page(tmp_path, head: str, text: str, day: str) -> None:
    assert published_of(tmp_path, head + text)[0] == day


@pytest.mark.parametrize(
    ("head", "text", "day"),
    [
        ("Новый сезон в филармонии\nАфиша 12.03.2024 10:15\n\n", PHILHARMONIC_RU, "2024-03-12"),
        ("Новый сезон в филармонии\nАфиша 12 марта 2024, 10:15\n\n", PHILHARMONIC_RU, "2024-03-12"),
        ("Новый сезон в филармонии\nАфиша 3 апреля 2024 18:05\n\n", PHILHARMONIC_RU, "2024-04-03"),
        ("Новый книжный магазин\nАфиша Daily 12 марта 2024\n\n", BOOKSHOP_RU, "2024-03-12"),
        ("Новий сезон у філармонії\nАфіша 12.03.2024 10:15\n\n", PHILHARMONIC_UK, "2024-03-12"),
        ("Новий сезон у філармонії\nАфіша 4 квітня 2024, 09:30\n\n", PHILHARMONIC_UK, "2024-04-04"),
    ],
)
def test_a_stamp_under_an_afisha_rubric_dates_the_page(tmp_path, head: str, text: str, day: str) -> None:
    assert published_of(tmp_path, head + text)[0] == day


@pytest.mark.parametrize(
    "head",
    [
        "Афиша Самары 14 августа 2023\n\n",
        "Афиша Самары 14 августа 2023 (5)\n19.00 Спектакль «Лес» 12+\n\n",
    ],
)
def test_a_citys_programme_of_the_day_still_dates_its_shows(tmp_path, head: str) -> None:
    assert published_of(tmp_path, head + PHILHARMONIC_RU)[0] is None


@pytest.mark.parametrize(
    "head",
    [
        "Camiler\n\n14 MART 2025 CUMA NAMAZI SAATLERİ\n\n",
        "Camiler\n\n2 NİSAN 2025 ÇARŞAMBA EZAN VAKİTLERİ\n\n",
    ],
)
def test_a_prayer_timetables_heading_still_dates_its_day(tmp_path, head: str) -> None:
    assert published_of(tmp_path, head + MOSQUE_TR)[0] is None
