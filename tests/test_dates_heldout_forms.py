"""Date forms the held-out set showed once it was opened for tuning (issue 14), one test case per general rule:
a date that is part of a name, a Solar Hijri day in parentheses after its Gregorian day, cue words of the
language files, a sentence glued to the next by the scraper, and publication dates as sites stamp them. Every
sentence and header is written for the tests, on a fisheries agreement signed in Lomé; the accuracy on real
articles is measured by `make eval`."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from briefing.extract import split_sentences
from conftest import build_project, make_project, published_of, read_json


def read(sentence: str, language: str) -> list[tuple[str, object]]:
    """(text, relative kind or (year, month, day)) of each date found."""
    return [(d.text, d.relative or (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a date beside a word that makes it part of a name names a group, not a day; other dates stay
        ("en", "The March 4 Movement seized the port on May 2, 2024.", [("May 2, 2024", (2024, 5, 2))]),
        ("es", "El Movimiento 4 de Marzo tomó el puerto el 2 de mayo en Lomé.", [("2 de mayo", (None, 5, 2))]),
        ("it", "Il Movimento del 4 marzo ha preso il porto nel 2024.", [("2024", (2024, None, None))]),
        ("pt", "O Movimento 4 de Março tomou o porto.", []),
        ("fr", "Le Mouvement du 4 mars a pris le port de Lomé.", []),
        ("ar", "سيطرت حركة « 4 مارس » على ميناء لومي في مايو 2024.", [("مايو 2024", (2024, 5, None))]),
        ("ru", 'Повстанцы "Движения 4 марта" захватили порт.', []),
        ("zh", "“3月4日运动”占领了洛美港。", []),
        ("tr", "4 Mart Hareketi limanı ele geçirdi.", []),
        # the same words apart from the date name nothing: the day stays a day
        ("en", "The movement seized the port on March 4.", [("March 4", (None, 3, 4))]),
        # a Solar Hijri day alone in parentheses after its Gregorian day, even with a month's name that is also
        # a common word ("جدی" is also "serious"): the Gregorian day it is
        (
            "fa",
            "وزارت روز دوشنبه ۱۵ جنوری (۲۵ جدی) گفت که قرارداد امضا شد.",
            [("روز دوشنبه ۱۵ جنوری", (None, 1, 15)), ("۲۵ جدی", (None, 1, 15))],
        ),
        ("fa", "این قرارداد جدی است و ۲۵ جدی نیست.", []),
        # a decade written with a space before its word ("1990 年代") is no year
        ("zh", "1990 年代末,洛美港曾经关闭。", []),
        # a month with the words for its end or start, in lower case as Turkish writes it too
        ("tr", "Limandaki gerginlik temmuz sonunda başladı.", [("temmuz", (None, 7, None))]),
        ("tr", "Gemiler cuma sabaha karşı limana döndü.", [("cuma sabaha karşı", "weekday")]),
        ("tr", "Bakanlar önceki akşam Lomé'de buluştu.", [("önceki akşam", "day-2")]),
        # "for May", "until the end of 2021"
        ("uk", "Пік вилову припаде на травень (28%).", [("травень", (None, 5, None))]),
        ("uk", "Запаси становили до кінця 2021 1,9 млн тонн.", [("2021", (2021, None, None))]),
        ("ru", "Запасы составляли до конца 2021 1,9 млн тонн.", [("2021", (2021, None, None))]),
        # "last April" with the month's two names; "the month of November"; "next Wednesday 13 July" is one day
        ("ar", "أغلق الميناء في أبريل/نيسان الماضي بعد الاحتجاجات.", [("أبريل/نيسان الماضي", "last-named-month")]),
        ("fr", "Les prises baissent depuis le mois de novembre.", [("novembre", (None, 11, None))]),
        (
            "es",
            "El ministro firmará el próximo miércoles 13 de julio en Lomé.",
            [("el próximo miércoles 13 de julio", (None, 7, 13))],
        ),
        # a count back in the plural forms dateparser's files lack, in figures or words
        ("uk", "Угоду підписали два роки тому в Ломе.", [("два роки тому", "year-2")]),
        ("uk", "Угоду підписали 5 років тому в Ломе.", [("5 років тому", "year-5")]),
        ("ru", "Соглашение подписали пять лет назад в Ломе.", [("пять лет назад", "year-5")]),
        ("uk", "Угода діє вже два роки.", []),  # how long, not when
        # Easter with its year is a day: Western, or Orthodox where the language's churches keep that one
        ("es", "Los ataques de Pascua de 2019 cerraron el puerto.", [("Pascua de 2019", (2019, 4, 21))]),
        ("en", "The port closed after Easter 2024.", [("Easter 2024", (2024, 3, 31))]),
        ("ru", "Порт закрыли на Пасху 2019 года.", [("Пасху 2019", (2019, 4, 28))]),
        ("es", "Llegaron a la Isla de Pascua en 2019.", [("2019", (2019, None, None))]),
        # "the first of April", without the article of "الأول"
        ("ar", "أغلق الميناء في أول أبريل/ نيسان 2022 بعد الاحتجاجات.", [("أول أبريل/ نيسان 2022", (2022, 4, 1))]),
    ],
)
def test_forms_of_the_held_out_set(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_full_stop_glued_to_the_next_sentence_ends_it() -> None:
    text = "El puerto cerró por la crisis económica.Esta isla de Lomé vive del mar desde 1948. Visite Lomé.tg hoy."
    parts = [text[a:b] for a, b in split_sentences(text, "es")]
    assert parts == [
        "El puerto cerró por la crisis económica.",
        "Esta isla de Lomé vive del mar desde 1948.",
        "Visite Lomé.tg hoy.",  # a web address is no glued sentence
    ]


def test_a_glued_sentence_keeps_its_date_in_the_export(tmp_path: Path) -> None:
    """The date of the second of two sentences the scraper glued together is quoted with its own sentence."""
    text = "Acuerdo de pesca en Lomé\n\nEl puerto cerró por la crisis económica.Esta isla vive del mar desde 1948.\n"
    root = make_project(tmp_path, {"glued.txt": text})
    site = build_project(root, tmp_path / "site")
    (event,) = [e for e in read_json(site, "api/events.json") if e["date"] == "1948"]
    assert event["quote"] == "Esta isla vive del mar desde 1948."


EN = "The government approved the fisheries agreement after a long night of talks with its neighbours.\n"
ES = "El Gobierno aprobó el acuerdo de pesca tras una larga noche de negociaciones con sus vecinos.\n"
FR = "Le gouvernement a approuvé l'accord de pêche après une longue nuit de négociations avec ses voisins.\n"
ZH = "洛美渔业协定今天签署，双方同意共同管理沿海渔业资源，并在明年继续谈判。\n"
FA = "وزارت شیلات روز دوشنبه ۱۵ جنوری (۲۵ جدی) گفت که قرارداد صید با همسایگان امضا شد.\n"


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # a byline glued to the day of its date
        ("Fisheries deal signed in Lomé\nAma Mensah4 March 2024\n\n" + EN, ("2024-03-04", "header")),
        # a teaser cut short, then the page's date
        (
            "LOMÉ (Agencia) — El Gobierno aprobó el acuerdo de pesca tras una noche de negociaciones con los... 04.03.2024\n\n"
            + ES,
            ("2024-03-04", "header"),
        ),
        # French "posté le", in a line longer than a date line once its labels are left out
        (
            "Accord de pêche\nPosté le 4 mars 2024 - Mis à jour le 9 avril 2024 - 1 min de lecture\n\n" + FR,
            ("2024-03-04", "header"),
        ),
        # a date that a colon closes at the end of its line heads a chronicle's entry
        ("Accord de pêche\n4 mars 2024 :\n\n" + FR, (None, "not-stated")),
        # a label's colon after other words ends the line: the date is still the page's
        ("洛美渔业协定签署\n2024-03-04 某报 浏览量:\n\n" + ZH, ("2024-03-04", "header")),
        # the parentheses after a dateline's date hold the same day in another calendar, not an agency
        ("قرارداد صید\n\n" + FA, (None, "not-stated")),
    ],
)
def test_publication_dates_of_the_held_out_set(tmp_path: Path, text: str, stated: tuple[str | None, str]) -> None:
    assert published_of(tmp_path, text) == stated
