"""Dates of a page's furniture that are not its publication: a masthead's clock over a weather box that prints its
degrees with Unicode's one-character signs ("12.5℃") or whose figure the scraper lost ("°"), the name a phone or an
app gives a saved picture ("WhatsApp Image 2022-04-11 at 18.20.31"), the dates of a list under an Arabic "read also"
heading, a clock labelled "Today:", a concert's date and the fields of a fire brigade's call-out report. Each text
is written for the test, on a topic of its own (a spring festival, a new bridge, a library's hours, bike lanes, a
choir, a chimney fire)."""

from __future__ import annotations

import pytest
from conftest import published_of

FESTIVAL_KO = "시청은 올해 봄 축제를 취소하고 온라인 행사로 대신한다고 밝혔다.\n"
BRIDGE_ES = "El nuevo puente sobre el río quedó abierto al tráfico después de dos años de obras.\n"
LIBRARY_AR = "أعلنت المكتبة العامة في المدينة أنها ستفتح أبوابها مساء كل خميس حتى العاشرة ليلا.\n"
LANES_EN = "The city council approved three new bike lanes along the river after a long debate.\n"
LANES_FA = "شورای شهر با ساخت سه مسیر دوچرخه در کنار رودخانه موافقت کرد.\n"
CHOIR_DE = "Der Chor der Musikschule singt Lieder aus drei Jahrhunderten, der Eintritt ist frei.\n"
CHIMNEY_DE = "Ein Schornsteinbrand in einem Wohnhaus wurde von den Einsatzkräften schnell gelöscht.\n"


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("2021.05.03 (월)\n\n  • 서울 12.5℃\n  • -부산 15.0℃\n\n시청 소식\n\n", FESTIVAL_KO),
        ("Noticias\n\n12.02.2024\n\n°\n\nEl puente ya está abierto\n\n", BRIDGE_ES),
    ],
)
def test_a_date_beside_a_weather_box_is_the_sites_clock(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] is None


def test_a_phones_name_for_a_saved_picture_states_no_date(tmp_path) -> None:
    head = "Fotos\n\nWhatsApp Image 2022-04-11 at 18.20.31_7a1b2c3d\n\nEl puente ya está abierto\n\n"
    assert published_of(tmp_path, head + BRIDGE_ES)[0] is None


def test_a_pictures_file_name_with_its_extension_still_states_no_date(tmp_path) -> None:
    head = "Fotos\n\nIMG_20220411_182031.jpg\n\nEl puente ya está abierto\n\n"
    assert published_of(tmp_path, head + BRIDGE_ES)[0] is None


def test_the_dates_under_an_arabic_read_also_heading_are_the_items(tmp_path) -> None:
    head = "أقرأ أيضاً\nالتاريخ: 3-5-2018\n1200\nالتاريخ: 7-9-2017\n880\n|\n"
    assert published_of(tmp_path, head + LIBRARY_AR)[0] is None


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("Today: Monday, 6 May 2024\n\nCouncil approves bike lanes\n\n", LANES_EN),
        ("امروز: دوشنبه ۱۷ اردیبهشت ۱۴۰۳\n\nمسیرهای تازه دوچرخه\n\n", LANES_FA),
    ],
)
def test_a_clock_labelled_today_is_not_the_pages_date(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] is None


@pytest.mark.parametrize("stamp", ["Today, 6 May 2024", "Today 6 May 2024"])
def test_a_stamp_of_the_day_without_the_colon_stays_the_pages(tmp_path, stamp: str) -> None:
    head = f"Council approves bike lanes\n\n{stamp}\n\n"
    assert published_of(tmp_path, head + LANES_EN)[0] == "2024-05-06"


def test_a_concerts_date_in_a_listing_is_the_concerts(tmp_path) -> None:
    head = "Archiv der Kategorie Termine\n\nFrühlingskonzert 12.04.2025 19.30 Stadthalle\n\n"
    assert published_of(tmp_path, head + CHOIR_DE)[0] is None


def test_the_date_field_of_a_call_out_report_is_the_call_outs(tmp_path) -> None:
    head = "Datum: 3. März 2022\nAlarmzeit: 14:05 Uhr\nAlarmierungsart: Sirene\nEinsatzort: Hauptstraße\nEinsatzbericht:\n"
    assert published_of(tmp_path, head + CHIMNEY_DE)[0] is None
