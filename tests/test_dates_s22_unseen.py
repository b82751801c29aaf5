"""Dates of text nobody tuned for, read from locale data in languages with no data file: each text is written for
the test, on a topic of its own (a town library)."""

from __future__ import annotations

import pytest
from briefing import datewords
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("ቤተ መጻሕፍቱ መስከረም 15፣ 2017 ተከፈተ።", (2024, 9, 25)),  # Meskerem 15, 2017 with Ethiopic comma
        ("ስብሰባው ታህሳስ 3/2017 ተካሄደ።", (2024, 12, 12)),  # Tahsas spelled with other letters than ICU's "ታኅሣሥ"
        ("ስብሰባው ከሰኔ 12 ቀን 2016 ጀምሮ ነው።", (2024, 6, 19)),  # "from Sene 12th day 2016": a preposition glued
    ],
)
def test_an_amharic_day_of_the_ethiopian_calendar_is_its_gregorian_day(sentence: str, day: tuple[int, int, int]) -> None:
    assert [value for _text, value in dates_read(sentence, "am")] == [day]


def test_an_ethiopian_day_its_month_lacks_is_no_date() -> None:
    assert dates_read("ስብሰባው የካቲት 31፣ 2016 ተካሄደ።", "am") == [("የካቲት 31፣ 2016", (None, None, None))]


def test_tigrinya_months_name_gregorian_months_too_and_stay_gregorian() -> None:
    """Tigrinya's CLDR names the Gregorian October "ጥቅምቲ", as Eritrea writes it: no Ethiopian day is read."""
    assert dates_read("ቤት ንባብ ጥቅምቲ 5, 2017 ተኸፊቱ።", "ti") == [("ጥቅምቲ 5, 2017", (2017, 10, 5))]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("ቤተ መጻሕፍቱ በ1998 ተከፈተ።", 1998),  # "in 1998": the preposition glued to the figures
        ("ከ2010 ጀምሮ መጻሕፍት ይዋሳል።", 2010),  # "from 2010 on"
    ],
)
def test_an_amharic_year_after_a_glued_preposition_is_a_year(sentence: str, year: int) -> None:
    assert dates_read(sentence, "am") == [(str(year), (year, None, None))]


@pytest.mark.parametrize("sentence", ["ቤተ መጻሕፍቱ ከ1500 በላይ መጻሕፍት አሉት።", "ቤተ መጻሕፍቱ በ2000 ብር ተገዛ።"])
def test_a_count_after_a_glued_preposition_stays_no_year(sentence: str) -> None:
    """ "more than 1500 books", "bought for 2000 birr": an old number, a round hundred."""
    assert dates_read(sentence, "am") == []


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        ("Die biblioteek open vanjaar ’n nuwe vleuel.", "af", ("vanjaar", "year+0")),  # as "vandag": van + jaar
        ("Die biblioteek was vanaand oop.", "af", ("vanaand", "day+0")),  # this evening
        ("Die biblioteek het gisteraand gesluit.", "af", ("gisteraand", "day-1")),  # last night, glued
        ("Biblioteket öppnar ikväll.", "sv", ("ikväll", "day+0")),  # as "idag"
        ("Biblioteket åbnede i går aften.", "da", ("i går aften", "day-1")),  # as "i dag": spaced
        ("Bibliotēka šovakar būs atvērta.", "lv", ("šovakar", "day+0")),  # as "šodien": "šo" and "vakar(s)"
        ("Bibliotēka šogad svin jubileju.", "lv", ("šogad", "year+0")),  # "šo" and "gad(s)", year
        ("Bókasafnið opnar í ár nýja deild.", "is", ("í ár", "year+0")),  # as "í dag(ur)"
    ],
)
def test_a_part_of_the_day_or_the_year_built_as_today_is(sentence: str, language: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, language) == [found]


def test_a_phrase_the_locale_data_has_keeps_its_meaning() -> None:
    """Danish "i morgen" is tomorrow, not "this morning" as "i dag" and CLDR's "morgen" would make it."""
    assert dates_read("Biblioteket åbner i morgen.", "da") == [("i morgen", "day+1")]


def test_the_year_with_its_article_is_no_phrase_of_this_year() -> None:
    """Swedish "i året" is "in the year", where "i år" is this year."""
    assert dates_read("Biblioteket lånar ut tusen böcker i året.", "sv") == []


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        ("Knjižnica je današnji sastanak otkazala.", "bs", ("današnji", "day+0")),  # "danas": s turned to š
        ("Výsledky dnešního čtení jsou známy.", "cs", ("dnešního", "day+0")),  # "dnes"
        ("Днешният ден в библиотеката е важен.", "bg", ("Днешният", "day+0")),  # "днес"
        ("Вчорашнє засідання бібліотеки перенесли.", "uk", ("Вчорашнє", "day-1")),  # "вчора": a vowel's end
    ],
)
def test_a_slavic_adjective_of_today_or_yesterday_is_that_day(sentence: str, language: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, language) == [found]


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        ("Die biblioteek open weer in Mei.", "af", [("Mei", (None, 5, None))]),  # Afrikaans "in", which no data names
        ("En decembro la biblioteko malfermiĝis.", "eo", [("decembro", (None, 12, None))]),  # opening the sentence
        ("Die bibliotekaris het met Mei Ling gepraat.", "af", []),  # a name's first word
    ],
)
def test_a_month_after_a_short_word_where_no_word_for_in_is_known(sentence: str, language: str, found: list) -> None:
    datewords.use_additions(False)  # Esperanto's hand additions name its "en"
    try:
        assert dates_read(sentence, language) == found
    finally:
        datewords.use_additions(True)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("ቤተ መጻሕፍቱ በትናንትናው እለት ተከፈተ።", ("በትናንትናው", "day-1")),  # "on yesterday's day": ና and the article ው
        ("ቤተ መጻሕፍቱ በዛሬው ዕለት ተዘግቷል።", ("በዛሬው", "day+0")),  # "on today's day"
    ],
)
def test_an_amharic_relative_word_with_its_glued_article(sentence: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, "am") == [found]


def test_a_word_opening_with_an_amharic_relative_word_stays_none() -> None:
    """ "ነገር" (a thing) opens with "ነገ" (tomorrow); "ር" is no ending glued after a word."""
    assert dates_read("ይህ ነገር አዲስ ነው።", "am") == []
