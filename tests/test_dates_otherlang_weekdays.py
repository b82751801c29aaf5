"""A weekday alone, in a language with no data file, read from CLDR's weekday names and the forms its counts of
weekdays inflect; a day and month in figures dotted as ordinals; two weekdays listed as one span; a site's stamp
closing the first line. Made-up sentences in languages of no evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from briefing.extract import split_sentences
from conftest import build_project, make_project, read_json


def weekdays(sentence: str, language: str) -> list[tuple[str, int | None]]:
    return [(d.text, d.weekday) for d in find_dates(sentence, language) if d.relative == "weekday"]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("sl", "Protestniki so se zbrali v soboto pred parlamentom.", [("soboto", 5)]),  # "sobota" less its vowel
        ("hr", "Sastanak je održan u srijedu u Zagrebu.", [("srijedu", 2)]),
        ("lt", "Pirmadienį ministras paskelbė sprendimą.", [("Pirmadienį", 0)]),  # a form of CLDR's counts
        ("bg", "Протестът се проведе в събота пред парламента.", [("събота", 5)]),
        ("nb", "Møtet ble holdt på mandag i Oslo.", [("mandag", 0)]),
        ("ms", "Menteri itu berkata pada hari Khamis bahawa projek itu siap.", [("Khamis", 3)]),
    ],
)
def test_a_weekday_alone_in_any_case_is_a_date(language: str, sentence: str, expected: list) -> None:
    assert weekdays(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("sr", "Рад на мосту трајао је две недеље."),  # "недеља" is Sunday and a week: CLDR counts weeks so
        ("sl", "Tečaj je trajal 3 sobote zapored."),  # a count of Saturdays
        ("ms", "Khamisah membuka kedai itu pada tahun lalu."),  # CLDR capitalises: "khamis" inside a word is none
    ],
)
def test_a_weekday_name_that_is_another_word_or_counted_is_no_date(language: str, sentence: str) -> None:
    assert weekdays(sentence, language) == []


def test_a_day_and_month_dotted_as_ordinals_after_a_weekday_is_one_date_and_one_sentence() -> None:
    text = "Volišča bodo odprta v petek 3. 3. od 7. ure in v soboto 4. 3. do poldneva."
    assert len(split_sentences(text, "sl")) == 1
    assert [(d.text, d.month, d.day) for d in find_dates(text, "sl")] == [("petek 3. 3.", 3, 3), ("soboto 4. 3.", 3, 4)]


def test_a_date_with_a_space_after_each_dot_is_a_whole_date() -> None:
    assert [(d.year, d.month, d.day) for d in find_dates("Sporazum je potpisan 14. 6. 2021. u Splitu.", "hr")] == [(2021, 6, 14)]


def test_weekdays_listed_together_are_one_span_and_a_closing_stamp_dates_the_page(tmp_path: Path) -> None:
    # the page's stamp closes its first paragraph, a Friday: Saturday, listed after Friday, is the day after it
    text = (
        "Birači će u petak i subotu birati novog predsjednika države, a prvi rezultati očekuju se tek u nedjelju "
        "navečer nakon što izborno povjerenstvo prebroji sve glasove. Pratimo izbore uživo Zagreb 8:30 3. ožujka 2023\n\n"
        "Birališta će biti otvorena cijeli dan.\n"
    )
    root = make_project(tmp_path, {"izbori.txt": text})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert briefing["published"] == "2023-03-03"
    dated = {e["date"] for e in read_json(site, "api/events.json") if e["date_basis"] == "relative"}
    assert {"2023-03-03", "2023-03-04"} <= dated


def test_a_headline_closed_by_a_time_and_a_date_dates_the_page(tmp_path: Path) -> None:
    text = (
        "Izbori u Hrvatskoj Zagreb 8:30 3. ožujka 2023\n\n"
        "Birači biraju novog predsjednika države, a prvi rezultati očekuju se tek nakon što izborno povjerenstvo "
        "prebroji sve glasove.\n"
    )
    root = make_project(tmp_path, {"izbori.txt": text})
    (briefing,) = read_json(build_project(root, tmp_path / "site"), "api/briefings.json")
    assert briefing["published"] == "2023-03-03"


def dates(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.year, d.month, d.day, d.relative)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("et", "Leping allkirjastati jaanuaris Tallinnas.", [("jaanuaris", (None, 1, None, None))]),
        ("et", "Märtsis algas uus hooaeg.", [("Märtsis", (None, 3, None, None))]),  # opening the sentence
        ("et", "Augustin saabus eile õhtul Tallinna.", []),  # a given name, not "august" with an ending
        ("cs", "Listopadová schůze se protáhla.", []),  # Czech declines "listopad" otherwise: no ending read
    ],
)
def test_a_month_with_a_case_ending_glued_to_it_is_a_month(language: str, sentence: str, expected: list) -> None:
    assert [d for d in dates(sentence, language) if d[1][3] is None] == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("lt", "Sutartis pasirašyta 2016 m. liepos 15 d. Vilniuje.", ("2016 m. liepos 15 d.", (2016, 7, 15, None))),
        ("kk", "Келісім 2016 ж. 15 шілдеде қол қойылды.", ("2016 ж. 15 шілдеде", (2016, 7, 15, None))),  # to the word end
        ("he", "הכנס ייפתח ב-3 במרץ 2024 בחיפה.", ("ב-3 במרץ 2024", (2024, 3, 3, None))),  # the day after "ב-"
    ],
)
def test_a_date_in_the_order_and_words_of_cldrs_format(language: str, sentence: str, expected: tuple) -> None:
    assert dates(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("המפעל נפתח ב-2011 ליד חיפה.", [("2011", (2011, None, None, None))]),  # "in", glued with a hyphen
        ("נרשמו כ-2000 מתנדבים.", []),  # "about 2000": a count
        ("הישיבה נדחתה לשבוע הבא.", [("לשבוע הבא", (None, None, None, "week+1"))]),  # "to" in place of the article
        ("הפגישה נערכה ביום שלישי בירושלים.", [("ביום שלישי", (None, None, None, "weekday"))]),
        # a weekday's name without the word for "day", in parentheses after "today": one day
        ("השר הודיע היום (חמישי) על התפטרותו.", [("היום (חמישי)", (None, None, None, "day+0"))]),
        # "last night" (a Hebrew addition) with the weekday after it: one day, the day before the page's
        ("השר הודיע אמש (חמישי) על התפטרותו.", [("אמש (חמישי)", (None, None, None, "day-1"))]),
    ],
)
def test_hebrew_words_glued_to_a_date(sentence: str, expected: list) -> None:
    assert dates(sentence, "he") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A gyár 2011-ben nyílt meg Győrben.", [("2011", (2011, None, None, None))]),  # an ending after a hyphen
        ("A szerződés 2011-ig volt érvényben.", [("2011", (2011, None, None, None))]),
        ("A gyár 2011 dolgozót foglalkoztat.", []),  # a count
    ],
)
def test_a_year_with_an_ending_after_a_hyphen_where_dateparser_skips_such_endings(sentence: str, expected: list) -> None:
    assert dates(sentence, "hu") == expected
