"""A timetable of the day's prayers names the day it gives the times for ("22 KASIM 2024 CUMA NAMAZI SAATLERİ",
"Prayer times 14 March 2024"): that day is the timetable's, not the page's. A stamp of the page's own under such a
heading still dates it, and a sentence that only speaks of the prayers' times ("saatlerine yönelik") names no
timetable. Each text is written for the test (a mosque's new hours, a city's winter time, a market day)."""

from __future__ import annotations

import pytest
from conftest import published_of

MOSQUE_TR = "Şehrin merkez camisi bu hafta yenilenen avlusuyla cemaati karşılayacak. Vakitler il il açıklandı.\n"
WINTER_EN = "The city's mosques will keep their winter hours until the end of the month, the council said.\n"
MARKET_AR = "أعلنت البلدية أن سوق الجمعة سيفتح أبوابه بعد الصلاة مباشرة حتى المساء.\n"


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("Cami haberleri\n\n14 MART 2025 CUMA NAMAZI SAATLERİ\n\n", MOSQUE_TR),
        ("Mosques extend winter hours\n14 March 2024 prayer times\n\n", WINTER_EN),
        ("أخبار المدينة\n\nمواقيت الصلاة 5 مارس 2024\n\n", MARKET_AR),
    ],
)
def test_a_prayer_timetables_day_is_not_the_pages(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] is None


def test_a_stamp_under_a_timetable_heading_still_dates_the_page(tmp_path) -> None:
    head = "Cuma namazı saatleri açıklandı\n13.03.2025 09:15\n\n"
    assert published_of(tmp_path, head + MOSQUE_TR)[0] == "2025-03-13"


def test_words_about_the_times_in_a_sentence_name_no_timetable(tmp_path) -> None:
    head = "Namaz saatlerine yönelik soruları imam yanıtladı\n14.03.2025 09:15\n\n"
    assert published_of(tmp_path, head + MOSQUE_TR)[0] == "2025-03-14"
