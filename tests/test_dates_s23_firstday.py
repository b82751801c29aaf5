"""Dates in languages the project was never tuned on, on their first day: isiXhosa's month names and the prefixes it
glues to names, figures and the words for yesterday and tomorrow; each sentence is written for the test, on a
topic of its own (a town library)."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language
from conftest import dates_read

XHOSA = (
    "Ithala leencwadi livulwe ngoMvulo. Abafundi abaninzi bafikile ukuza kufunda iincwadi ezintsha. Umphathi uthe"
    " bayavuya kakhulu xa abantu beqhubeka nokuza."
)
ZULU = (
    "Umtapo wolwazi uvulwe ngoMsombuluko. Abafundi abaningi bafikile ukuzofunda izincwadi ezintsha. Umphathi uthe"
    " bazojabula kakhulu uma abantu beqhubeka nokuza."
)


def test_isixhosa_is_told_from_zulu() -> None:
    """The model knows both; isiXhosa, which dateparser lacks, is chosen once the project's files give its words."""
    assert detect_language(XHOSA) == "xh"
    assert detect_language(ZULU) == "zu"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ithala lavulwa ngomhla we-14 kweyeSilimela 2022.", ("14 kweyeSilimela 2022", (2022, 6, 14))),  # June
        ("Ngomhla wama25 kweyoMnga 2020 ithala belivaliwe.", ("25 kweyoMnga 2020", (2020, 12, 25))),  # December
        ("Iincwadi ezintsha zifike kweyeThupha 2023.", ("kweyeThupha 2023", (2023, 8, None))),  # in August
        ("Ithala liza kuvalwa ngoJanyuwari 2025.", ("ngoJanyuwari 2025", (2025, 1, None))),  # CLDR's name, prefixed
        ("Abafundi bafika ngenyanga ye-Dwarha.", ("ye-Dwarha", (None, 10, None))),  # "in the month of" October
    ],
)
def test_an_isixhosa_month_with_its_glued_prefix(sentence: str, found: tuple[str, tuple]) -> None:
    assert dates_read(sentence, "xh") == [found]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Ithala leencwadi lavulwa ngo1996.", 1996),  # "in 1996"
        ("Umsebenzi wawuqhubeka de kwangunyaka ka-2021.", 2021),  # "until the year of 2021"
    ],
)
def test_an_isixhosa_year_after_a_glued_preposition(sentence: str, year: int) -> None:
    assert dates_read(sentence, "xh") == [(str(year), (year, None, None))]


@pytest.mark.parametrize("sentence", ["Ithala lithenge iincwadi ezingama-2019.", "Sathenga iincwadi ezili-1500."])
def test_an_isixhosa_count_with_its_concord_is_no_year(sentence: str) -> None:
    """ "2019 books", "1500 books": the number's concord is no preposition."""
    assert dates_read(sentence, "xh") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Intlanganiso yayizolo ibinde.", ("yayizolo", "day-1")),  # "of yesterday"
        ("Ithala liza kuvulwa nangomso.", ("nangomso", "day+1")),  # "and tomorrow"
        ("Intlanganiso iza kuba ngomhla we-9 kulenyanga.", ("ngomhla we-9 kulenyanga", "this-month-day")),
        ("Ithala liza kuvulwa ngoLwesihlanu kwiveki ezayo.", ("ngoLwesihlanu kwiveki ezayo", "next-weekday")),
    ],
)
def test_an_isixhosa_date_counted_from_the_time_of_writing(sentence: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, "xh") == [found]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("کتێبخانەکە دوێنێ کرایەوە.", [("دوێنێ", "day-1")]),  # yesterday
        ("کتێبخانەکە سبەی دادەخرێت.", [("سبەی", "day+1")]),  # tomorrow
        ("ئەمشەو کتێبخانەکە کراوەیە.", [("ئەمشەو", "day+0")]),  # tonight
        ("کتێبخانەکە ئەم هەفتەیە نوێ دەکرێتەوە.", [("ئەم هەفتەیە", "week+0")]),  # this week
        ("کتێبخانەکە ڕۆژی دووشەممەی هەفتەی داهاتوو دەکرێتەوە.", [("دووشەممەی هەفتەی داهاتوو", "next-weekday")]),
    ],
)
def test_a_central_kurdish_date_counted_from_the_time_of_writing(sentence: str, found: list) -> None:
    assert dates_read(sentence, "ckb") == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # December as the press spells it, "کانوونی" as January's name is, where CLDR writes "کانونی"
        ("کتێبخانەکە لە 3ـی کانوونی یەکەمی 2021 کرایەوە.", ("3ـی کانوونی یەکەمی 2021", (2021, 12, 3))),
        ("کتێبخانەکە لە مانگی نیسان کرایەوە.", ("نیسان", (None, 4, None))),  # "the month of April"
        ("کتێبخانەکە لە ساڵی 2011 کرایەوە.", ("2011", (2011, None, None))),  # "in the year 2011"
        ("کتێبخانەکە لە 2016دا کرایەوە.", ("2016", (2016, None, None))),  # "in 2016", the postposition glued
    ],
)
def test_a_central_kurdish_month_or_year_with_its_words(sentence: str, found: tuple) -> None:
    assert dates_read(sentence, "ckb") == [found]


def test_a_central_kurdish_count_stays_no_year() -> None:
    assert dates_read("کتێبخانەکە 2000 کتێبی هەیە.", "ckb") == []  # 2000 books


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Manni kitaabaa kaleessa banname.", ("kaleessa", "day-1")),  # yesterday
        ("Manni kitaabaa har’a cufame.", ("har’a", "day+0")),  # today, its glottal stop typed as ’
        ("Manni kitaabaa guyyaa har'aa ni banama.", ("har'aa", "day+0")),  # "today's day"
        ("Manni kitaabaa boru ni banama.", ("boru", "day+1")),  # tomorrow
        ("Manni kitaabaa ji'a dhufu ni banama.", ("ji'a dhufu", "month+1")),  # next month
    ],
)
def test_an_oromo_date_counted_from_the_time_of_writing(sentence: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, "om") == [found]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("ຫໍສະໝຸດເປີດໃນປີ ພ.ສ 2565.", ("ພ.ສ 2565", (2022, None, None))),  # the Buddhist era's 2565 is 2022
        ("ຫໍສະໝຸດເປີດໃນປີ ພສ 2560.", ("ພສ 2560", (2017, None, None))),  # its abbreviation without dots
    ],
)
def test_a_lao_year_of_the_buddhist_era_is_its_gregorian_year(sentence: str, found: tuple) -> None:
    assert dates_read(sentence, "lo") == [found]


def test_a_lao_count_of_that_size_stays_no_year() -> None:
    assert dates_read("ຫໍສະໝຸດມີປຶ້ມ 2565 ຫົວ.", "lo") == []  # 2565 books


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Китапханә 12 ноябрьдә ачылды.", [("12 ноябрьдә", (None, 11, 12))]),  # the locative glued to the month
        ("Китапханә бүген ачыла.", [("бүген", "day+0")]),  # today
        ("Китапханә иртәгә ябыла.", [("иртәгә", "day+1")]),  # tomorrow
        ("Китапханә быел 50 яшьлеген билгеләп үтә.", [("быел", "year+0")]),  # this year
    ],
)
def test_tatar_words_no_locale_data_has(sentence: str, found: list) -> None:
    assert dates_read(sentence, "tt") == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("کتێبخانەکە لە 9ی تەمموز کرایەوە.", ("9ی تەمموز", (None, 7, 9))),  # July as Iraqi Arabic names it
        ("کتێبخانەکە لە 5ی ئاداری 2019 کرایەوە.", ("5ی ئاداری 2019", (2019, 3, 5))),  # March, likewise
        ("کتێبخانەکە لە 3ـی نۆڤەمبەری 2020 کرایەوە.", ("3ـی نۆڤەمبەری 2020", (2020, 11, 3))),  # the European name
    ],
)
def test_central_kurdish_months_the_press_writes_beside_cldrs(sentence: str, found: tuple) -> None:
    assert dates_read(sentence, "ckb") == [found]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the year and its genitive first, the month's locative after its possessive
        ("Китапханә 2015 елның 3 мартында ачылды.", ("2015 елның 3 март", (2015, 3, 3))),
        ("Китапханә 2018 елның 14 ноябрендә ачылды.", ("2018 елның 14 ноябре", (2018, 11, 14))),  # "ноябрь": ь to е
    ],
)
def test_a_tatar_date_written_year_first_with_its_case_endings(sentence: str, found: tuple) -> None:
    assert dates_read(sentence, "tt") == [found]


@pytest.mark.parametrize(("sentence", "year"), [("ቤተ መጻሕፍቱ በፈረንጆቹ 1998 ተከፈተ።", 1998), ("ቤተ መጻሕፍቱ እአአ 2004 ተከፈተ።", 2004)])
def test_an_amharic_year_after_the_word_for_the_european_reckoning(sentence: str, year: int) -> None:
    """ "in the Europeans' [reckoning] 1998": a Gregorian year, as the word says."""
    assert dates_read(sentence, "am") == [(str(year), (year, None, None))]
