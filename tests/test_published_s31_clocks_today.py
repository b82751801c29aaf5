"""Page furniture that dates no page, and a daily column that dates itself. A masthead's clock that gives today in the
Gregorian calendar and in one the parser does not read (the Bengali calendar's "১৫ই বৈশাখ ১৪৩২ বঙ্গাব্দ") or writes
with dashes ("١٦-جمادى الثانية-١٤٤٧") is the day the page was viewed; so is a French phpBB member's "Inscription :"
(sign-up) date and a German board's "Beigetreten" or "Anmeldungsdatum". A column opening "Heute ist Mittwoch, 9.
Oktober 2019." ("today is …") states the day it is written for. Each opening is written for the test and read as the
build reads a page's first lines alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.published_opening import from_today
from conftest import opening_date


@pytest.mark.parametrize(
    "header",
    [
        "বুধবার, ১২ মার্চ ২০২৫ ।। ২৮শে ফাল্গুন ১৪৩১ বঙ্গাব্দ\n\nএখনই পাওয়া\n\nনদীর পাড়ে নতুন সেতুর কাজ শুরু",
        "الرئيسية\nالخميس - ١٣ مارس, ٢٠٢٥ ١٣-رمضان-١٤٤٦\n\nمواقيت الصلاة في المدينة\n\nمواعيد الأذان اليوم",
        "Forum des randonneurs\n\nmarie\nMessages : 120\nInscription : 12 mars 2016, 10:20\n\nConseils pour le GR20",
        "Wanderforum\n\nKlaus\nBeiträge: 44\nBeigetreten: 14.06.2012\n\nTipps für die Alpen",
    ],
)
def test_a_two_calendar_clock_and_a_members_sign_up_date_are_not_the_pages(tmp_path: Path, header: str) -> None:
    assert opening_date(tmp_path, header) is None


def test_a_post_stamp_under_the_members_sign_up_date_still_dates_the_page(tmp_path: Path) -> None:
    header = "Forum des randonneurs\n\nInscription : 12 mars 2016, 10:20\n\nMessage par marie » 04 avril 2019, 18:02"
    assert opening_date(tmp_path, header) == "2019-04-04"


def test_a_gregorian_stamp_alone_over_the_headline_still_dates_the_page(tmp_path: Path) -> None:
    header = "বুধবার, ১২ মার্চ ২০২৫\n\nনদীর পাড়ে নতুন সেতুর কাজ শুরু\n\nজেলা প্রতিনিধি"
    assert opening_date(tmp_path, header) == "2025-03-12"


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("Heute ist Mittwoch, 9. Oktober 2019. Der Wochenmarkt öffnet um 7 Uhr.", "de", "2019-10-09"),
        ("Oggi è sabato 30 marzo 2024. San Secondo.", "it", "2024-03-30"),
        ("Today is Monday, March 3, 2025, and the market opens late.", "en", "2025-03-03"),
    ],
)
def test_a_column_opening_with_today_is_states_its_day(text: str, language: str, date: str) -> None:
    found = from_today(text, language)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Today is the day the bridge reopens, 3 March 2025 at noon.", "en"),
        ("Heute ist der Tag, an dem die Brücke am 3. März 2025 öffnet.", "de"),
    ],
)
def test_today_is_before_other_words_states_no_day(text: str, language: str) -> None:
    assert from_today(text, language) is None
