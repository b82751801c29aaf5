"""Actors in scripts with no capitals: a state's name heard or read where it stands for none (a water's name after
a gulf or sea word, a part of the day after "today", a month of the country's own calendar, a noun that puts a
consonant where the name's last vowel stands), and the same names still found as states; texts written for these
tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("เรือประมงสองลำล่มกลางอ่าวไทยเมื่อคืนนี้", "th"),  # in the Gulf of Thailand
        ("وصلت السفينة إلى خليج عمان صباح الأحد.", "ar"),  # the Gulf of Oman
        ("آج شام وزیر تعلیم نے نئے اسکول کا افتتاح کیا۔", "ur"),  # this evening
        ("चैत्र महिनामा नयाँ सडक खुल्नेछ।", "ne"),  # Chaitra, a month of Nepal's calendar
        ("அவர் இந்த ஆண்டு மாநில சாம்பியன் பட்டம் வென்றார்.", "ta"),  # champion
    ],
)
def test_no_state_where_the_name_stands_for_none(text: str, language: str) -> None:
    assert states(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("ไทยและลาวลงนามข้อตกลงการค้าเมื่อวานนี้", "th", "Thailand"),  # Thailand and Laos signed
        ("زار وزير الخارجية عمان يوم الأحد.", "ar", "Oman"),  # visited Oman
        ("ملک شام میں جنگ جاری ہے۔", "ur", "Syria"),  # the country of Syria
        ("नेपाल र कतारबीच श्रम सम्झौता भयो।", "ne", "Nepal"),
        ("சாம்பியாவில் நேற்று தேர்தல் நடந்தது.", "ta", "Zambia"),  # in Zambia: the case ending keeps the vowel
    ],
)
def test_the_state_is_still_found(text: str, language: str, state: str) -> None:
    assert state in states(text, language)


def test_a_longer_noun_on_the_same_stem_is_no_state() -> None:
    assert states("அவள் சாம்பியனான அணியின் தலைவி.", "ta") == []  # the champion team's captain
