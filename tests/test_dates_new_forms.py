"""Date forms that articles on new topics use: Solar Hijri days without a year, ranges of years, counts in
words, parts of a day, weekends, short weekday names, a day of a month stated earlier in the sentence.

Every sentence here is written for the tests; the accuracy on real articles is measured by `make eval`."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from briefing.extract import split_sentences
from conftest import build_project, make_project, read_json


def read(sentence: str, language: str) -> list[tuple[str, object]]:
    """(text, relative kind or (year, month, day)) of each date found."""
    return [(d.text, d.relative or (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("es", "Las obras empezaron hace tres años.", [("hace tres años", "year-3")]),
        ("it", "Il ponte è crollato due mesi fa.", [("due mesi fa", "month-2")]),
        ("pt", "A ponte caiu há cinco dias.", [("há cinco dias", "day-5")]),
        ("fr", "Le traité a été signé il y a une semaine.", [("il y a une semaine", "day-7")]),  # a week back: a day
        ("de", "Das Treffen fand vor zwei Wochen statt.", [("vor zwei Wochen", "day-14")]),
        ("fa", "این پل سه سال قبل ساخته شد.", [("سه سال قبل", "year-3")]),
        ("fr", "Le ministre parlera ce soir à la radio.", [("ce soir", "day+0")]),
        ("es", "El puerto cerró anoche por la tormenta.", [("anoche", "day-1")]),
        ("it", "Il treno è partito stasera da Bari.", [("stasera", "day+0")]),
        ("tr", "Heyet bu akşam Ankara'ya vardı.", [("bu akşam", "day+0")]),
        ("en", "The ferry sails tonight from the harbour.", [("tonight", "day+0")]),
        ("ru", "Министр выступил накануне, сообщили в ведомстве.", [("накануне", "eve")]),
        ("es", "Mañana se vota el presupuesto.", [("Mañana", "day+1")]),
        ("fr", "Le week-end dernier, la foire a fermé.", [("Le week-end dernier", "weekend-1")]),
        ("de", "Am Wochenende wurde gestreikt.", [("Am Wochenende", "some-weekend+0")]),
        ("pt", "O ministro falou nesta quarta, em Lisboa.", [("nesta quarta", "weekday")]),
        ("de", "Seit Dienstagfrüh ruht die Arbeit.", [("Dienstagfrüh", "weekday")]),
        ("ru", "Забастовка идёт с вечера пятницы.", [("с вечера пятницы", "weekday")]),
        ("fr", "La veille, le ministre avait démissionné.", [("La veille", "eve")]),  # before what: not said
        ("zh", "海警局上月28日发表声明。", [("上月28日", "last-month-day")]),
    ],
)
def test_relative_forms(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "A segunda maior cidade do país fica no norte."),  # "segunda": second, not Monday
        ("es", "La reunión empezó a las ocho de la mañana."),  # the morning, not tomorrow
        ("ru", "Партия провела съезд накануне выборов."),  # the eve of an event, not the day before writing
        ("ar", "وصلت التعزيزات مع نهاية الأسبوع الأول من القتال."),  # the end of a week of fighting, not a weekend
        ("fa", "نیروها ۱۰ تیر به سوی هدف شلیک کردند."),  # "تیر" is also a shot: a date only with "ماه" or a year
        ("de", "Es kamen zwischen 2000 und 3000 Menschen."),  # counted people, not years
    ],
)
def test_words_that_are_no_date_here(language: str, sentence: str) -> None:
    assert find_dates(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("pt", "O protesto (12.ago.2023) reuniu milhares.", [("12.ago.2023", (2023, 8, 12))]),
        ("pt", "A votação de sábado (12/8) foi adiada.", [("sábado (12/8)", (None, 8, 12))]),
        (
            "zh",
            "新华社北京5月9日电 外交部8日表示,会谈将继续。",
            [("5月9日", (None, 5, 9)), ("8日", (None, 5, 8))],
        ),  # under a cable: a day of the cable's month
        ("zh", "据报道,2019年双方签署协议。", [("2019", (2019, None, None))]),
        ("zh", "选举定于今年3月15日举行。", [("今年3月15日", "this-year-month")]),
        ("it", "Il governo cadde nell'aprile del 2019.", [("aprile del 2019", (2019, 4, None))]),
        ("de", "Am Morgen des 3. Oktobers 2021 begann es.", [("3. Oktobers 2021", (2021, 10, 3))]),
        ("ar", "بدأت العملية في 19 ايلول 2023.", [("19 ايلول 2023", (2023, 9, 19))]),  # "أيلول" without its hamza
        ("ru", "Бои усилились во второй половине марта.", [("марта", (None, 3, None))]),
        ("pt", "Os combates cessaram na última semana de maio.", [("maio", (None, 5, None))]),
        ("fr", "Deux votes en mars 2019 et juin 2020.", [("mars 2019", (2019, 3, None)), ("juin 2020", (2020, 6, None))]),
        ("fr", "Des crues en février et avril 2021.", [("février", (2021, 2, None)), ("avril 2021", (2021, 4, None))]),
        ("en", "The port reopened on 03.09.2022 after repairs.", [("03.09.2022", (2022, 9, 3))]),  # dots: day first
        ("en", "The port reopened on 03/09/2022 after repairs.", [("03/09/2022", (2022, 3, 9))]),  # slashes: month first
    ],
)
def test_stated_forms(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "first", "last"),
    [
        ("es", "Gobernó de 2004 a 2010 sin interrupción.", 2004, 2010),
        ("en", "The mandate runs 2026-2032.", 2026, 2032),
        ("de", "Die Preise stiegen zwischen 2001 und 2008 stark.", 2001, 2008),
        ("ru", "Срок полномочий /2024–2030 гг./ закреплён законом.", 2024, 2030),
        ("fa", "دوره ریاست او ۲۰۱۸- ۲۰۲۲ بود.", 2018, 2022),
        ("ru", "Урожай 2020/2021 гг. был рекордным.", 2020, 2021),
    ],
)
def test_ranges_of_years(language: str, sentence: str, first: int, last: int) -> None:
    (d,) = find_dates(sentence, language)
    assert (d.year, d.month, d.last) == (first, None, (last, None, None))


def test_a_range_of_days_without_a_year() -> None:
    (d,) = find_dates("报名将于5月2日至6月10日进行。", "zh")
    assert (d.text, d.year, d.month, d.day, d.last) == ("5月2日至6月10日", None, 5, 2, (None, 6, 10))


def test_a_solar_hijri_day_without_its_year() -> None:
    """Its usual Gregorian day at once; the exact one once a year is known (in the build below)."""
    (d,) = find_dates("کاروان چهارم مردادماه جاری به مرز رسید.", "fa")
    assert (d.text, d.calendar, d.native, d.month, d.day) == ("چهارم مردادماه جاری", "persian", (5, 4), 7, 26)
    assert [x.text for x in find_dates("نیروها ۱۰ تیر ماه وارد شهر شدند.", "fa")] == ["۱۰ تیر ماه"]
    # beside the Gregorian day it is, that day: 27 Mehr is 19 October in most years, 18 October in some
    *_, beside = find_dates("آتش بس روز ۱۸ اکتبر (۲۷ مهر ماه) برقرار شد.", "fa")
    assert (beside.text, beside.month, beside.day) == ("۲۷ مهر ماه", 10, 18)


def test_the_build_resolves_the_new_forms(tmp_path: Path) -> None:
    """What a reader gets in api/events.json: each new form resolved from the publication date and labelled."""
    french = (
        "---\npublished: 2023-10-11\nlanguage: fr\n---\n"  # a Wednesday
        "Le week-end dernier, les négociateurs se sont retrouvés à Genève pour un nouveau cycle.\n\n"
        "Il y a trois ans, le même traité avait été rejeté par le parlement du pays voisin.\n\n"
        "Ce matin, le ministre a confirmé la date du vote devant les journalistes.\n\n"
        "Le 2 octobre dernier, la commission avait rendu son avis sur le texte.\n"
    )
    persian = (
        "---\npublished: 2024-08-01\nlanguage: fa\n---\n"
        "کاروان کمک‌های انسانی روز ۴ مرداد (۲۵ ژوئیه) به مرز رسید و سپس وارد شهر شد.\n"
    )
    root = make_project(tmp_path, {"fr-weekend.md": french, "fa-mordad.md": persian})
    events = read_json(build_project(root, tmp_path / "site"), "api/events.json")
    found = {e["date_text"]: e for e in events}
    weekend = found["Le week-end dernier"]
    assert (weekend["date"], weekend["date_end"], weekend["date_basis"]) == ("2023-10-07", "2023-10-08", "relative")
    assert (found["Il y a trois ans"]["date"], found["Ce matin"]["date"]) == ("2020", "2023-10-11")
    # the day and month are stated, "dernier" puts them before the publication date, which gives the year
    assert (found["2 octobre dernier"]["date"], found["2 octobre dernier"]["date_basis"]) == ("2023-10-02", "inferred-year")
    # 4 Mordad 1403 is 25 July 2024 (in 1402 it was the 26th): converted in the year of publication, and
    # kept beside the Gregorian date the sentence also gives, each labelled
    mordad = [e for e in events if "۴ مرداد" in e["date_text"]]
    assert [(e["date"], e["calendar"]) for e in mordad] == [("2024-07-25", "persian")]
    assert [e["calendar"] for e in events if e["date_text"] == "۲۵ ژوئیه"] == [None]


def test_yesterday_under_a_dateline_without_a_year(tmp_path: Path) -> None:
    """The dateline states a day and no year: "yesterday" is the day before, year-less too, unless the year
    decides it (the day before 1 March is 28 or 29 February)."""
    sources = {
        f"dateline-{day}.txt": f"Ferry link {day}\n\nMUSCAT, March {day} (ONA) — The island ferry ran again yesterday.\n"
        for day in (1, 5)
    }
    root = make_project(tmp_path, sources)
    events = read_json(build_project(root, tmp_path / "site"), "api/events.json")
    found = sorted(((e["date"], e["date_basis"]) for e in events if e["date_text"] == "yesterday"), key=str)
    assert found == [("--03-04", "year-unknown"), (None, "unresolved")]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("uk", "Повінь почалася 12 березня. Вода зійшла за тиждень.", 2),  # a full month name ends a sentence
        ("en", "The bridge closed in May. Repairs took a year.", 2),
        ("ru", "В февр. 2023 г. мост закрыли.", 1),  # an abbreviated one before a figure does not
    ],
)
def test_a_sentence_ends_after_a_full_month_name(language: str, text: str, count: int) -> None:
    assert len(split_sentences(text, language)) == count
