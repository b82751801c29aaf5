"""Actors where a language's own script has no capitals (Thai, Khmer, Korean, Hindi, Tamil, Bengali): a run of two
capitalised Latin words is a person's name only when it opens with a given name; a state's, a city's, a team's, a
product's, a date's or a heading's words are capitalised alike. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("นายกรัฐมนตรีเดินทางไป United States และ New Zealand เมื่อวานนี้", "th"),  # states CLDR names in English
        ("รัฐมนตรีบินไป South Africa และ Costa Rica สัปดาห์หน้า", "th"),
        ("ប្រទេស South Korea និង North Korea បានជួបគ្នា", "km"),
        ("வெள்ளிக்கிழமை Sri Lanka அணி வென்றது", "ta"),  # "Sri" is also a given name
        ("ইসরায়েলি বাহিনী Gaza Strip এ হামলা চালিয়েছে", "bn"),
        ("ทีม Manchester United ชนะ 2-1 ในศึก Premier League เมื่อคืนนี้", "th"),  # a team, a league
        ("ทีม Aston Villa แพ้ Leeds United เมื่อวันเสาร์", "th"),
        ("ការប្រកួត World Cup នឹងចាប់ផ្តើមនៅថ្ងៃ Monday June 12", "km"),  # an event, a date ("June" a given name)
        ("ตามรายงานของ Bangkok Post และ Nikkei Asia เมื่อวานนี้", "th"),  # outlets
        ("យោងតាមកាសែត Khmer Times និងទូរទស្សន៍ Al Jazeera", "km"),
        ("ក្រុមហ៊ុន Apple Inc បានប្រកាស", "km"),  # a company
        ("บริษัทเปิดตัว Apple Watch รุ่นใหม่เมื่อวานนี้", "th"),  # products
        ("삼성은 Galaxy Watch 신제품을 공개했다", "ko"),
        ("प्रधानमंत्री ने New Delhi में Climate Summit का उद्घाटन किया", "hi"),  # a city, an event
        ("อ่านข่าวเพิ่มเติม Read More | Breaking News", "th"),  # a page's furniture
        ("ผู้นำ European Union และ Prime Minister ของอังกฤษ", "th"),  # a body, a title
    ],
)
def test_no_person_without_a_given_name(text: str, language: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("รัฐมนตรี Helen Clark กล่าวว่าจะเดินทางไป New Zealand", "th", "Helen Clark"),
        ("លោក David Beckham បានមកដល់ South Korea", "km", "David Beckham"),
    ],
)
def test_a_given_name_beside_a_state_is_a_person(text: str, language: str, person: str) -> None:
    assert people(text, language) == [person]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("ខ្ញុំបានជួបលោក Kestrel Vance កាលពីម្សិលមិញ", "km", "Kestrel Vance"),  # Mr: no given name the lists know
        ("นาง Orla Brennick เดินทางมาถึงเมื่อวานนี้", "th", "Orla Brennick"),  # Mrs
    ],
)
def test_an_honorific_before_two_words_says_a_person(text: str, language: str, person: str) -> None:
    assert people(text, language) == [person]


def test_an_honorific_before_a_title_says_no_person() -> None:
    assert people("ผู้นำ นาย Prime Minister ของอังกฤษ", "th") == []
