"""Event-date forms the tenth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule, each in several languages. Every sentence is written for the tests, on a ferry and its harbour; the
accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the abbreviation of "year" glued to the year ("2007г.", "2007م") is its cue, as it is after a space
        ("ru", "В 2009г. паром затонул у причала.", [("2009", (2009, None, None))]),
        ("uk", "У 2009р. пором затонув біля причалу.", [("2009", (2009, None, None))]),
        ("ar", "غرقت العبارة في عام 2009م قرب الميناء.", [("2009", (2009, None, None))]),
        ("fa", "کشتی در ۲۰۰۹م در بندر غرق شد.", [("۲۰۰۹", (2009, None, None))]),
        # but a word that only starts with those letters is no such abbreviation
        ("ru", "Паром перевёз 2009грузовиков.", []),
        # "the Gregorian year" before a year is its cue
        ("fa", "کشتی از سال میلادی ۲۰۰۹ در این بندر کار می‌کند.", [("۲۰۰۹", (2009, None, None))]),
    ],
)
def test_year_cues(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a range of years after "between the years", with or without the Persian zero-width joiner
        ("fa", "بندر بین سال‌های ۲۰۱۱ تا ۲۰۱۴ بسته بود.", [("۲۰۱۱ تا ۲۰۱۴", (2011, None, None), (2014, None, None))]),
        ("fa", "بندر بین سالهای ۲۰۱۱ تا ۲۰۱۴ بسته بود.", [("۲۰۱۱ تا ۲۰۱۴", (2011, None, None), (2014, None, None))]),
        ("fr", "Entre les années 2011 et 2014, le port était fermé.", [("2011 et 2014", (2011, None, None), (2014, None, None))]),
        ("es", "Entre los años 2011 y 2014 el puerto estuvo cerrado.", [("2011 y 2014", (2011, None, None), (2014, None, None))]),
        ("en", "Between the years 2011 and 2014 the port was shut.", [("2011 and 2014", (2011, None, None), (2014, None, None))]),
        ("ar", "أغلق الميناء بين عامي 2011 و2014 أمام العبارات.", [("2011 و2014", (2011, None, None), (2014, None, None))]),
        (
            "de",
            "Zwischen den Jahren 2011 und 2014 war der Hafen geschlossen.",
            [("2011 und 2014", (2011, None, None), (2014, None, None))],
        ),
        # the words for a decade name one only before a year that opens a decade
        ("fr", "Dans les années 1990, le port était fermé.", []),
        ("pt", "Nos anos 1990 o porto esteve fechado.", []),
        ("fa", "بندر در سال‌های ۱۹۹۰ بسته بود.", []),
    ],
)
def test_ranges_of_years(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # "exactly" between the word for "ago" and the count makes the count of years back the day of writing
        ("pt", "O ferry afundou há exatos dois anos.", [("há exatos dois anos", "anniversary-2")]),
        ("es", "El ferry se hundió hace exactamente dos años.", [("hace exactamente dos años", "anniversary-2")]),
        ("fr", "Il y a exactement deux ans, le ferry a coulé.", [("Il y a exactement deux ans", "anniversary-2")]),
        ("de", "Vor genau zwei Jahren sank die Fähre.", [("Vor genau zwei Jahren", "anniversary-2")]),
        ("de", "Vor zwei Jahren sank die Fähre.", [("Vor zwei Jahren", "year-2")]),
        # Chinese counts in its numerals, and two as "两"
        ("zh", "渡轮两年前沉没。", [("两年前", "year-2")]),
        ("zh", "渡轮在十一天前沉没。", [("十一天前", "day-11")]),
        ("zh", "渡轮三个月前停运,十年前的今天,它首航。", [("三个月前", "month-3"), ("十年前的今天", "anniversary-10")]),
        ("zh", "三年来渡轮一直停运。", []),
    ],
)
def test_counts_back(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # "last" after a month's name, also as "último"
        ("es", "El ferry zarpó en marzo último.", [("marzo último", "last-named-month")]),
        ("pt", "O ferry partiu em março último.", [("março último", "last-named-month")]),
        ("es", "El ferry zarpó en marzo pasado.", [("marzo pasado", "last-named-month")]),
        # a part of a weekday, with the weekday in the genitive
        ("uk", "Станом на вечір понеділка пором стояв біля причалу.", [("Станом на вечір понеділка", "weekday")]),
        ("uk", "До ранку вівторка пором стояв.", [("До ранку вівторка", "weekday")]),
        ("ru", "К вечеру понедельника паром вернулся.", [("К вечеру понедельника", "weekday")]),
    ],
)
def test_named_relative_to_writing(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # an ordinal adjective that starts with a day's word is no day: "هشتمین سالگرد" is the eighth anniversary
        ("fa", "امروز ۱۵ ژوئیه هشتمین سالگرد غرق شدن کشتی است.", [("امروز ۱۵ ژوئیه", (None, 7, 15))]),
        ("fa", "۱۵ ژولای دومین سالگرد افتتاح بندر است.", [("۱۵ ژولای", (None, 7, 15))]),
        # days in words stay days
        ("fa", "کشتی بیست و هفتم ژوئیه غرق شد.", [("بیست و هفتم ژوئیه", (None, 7, 27))]),
        ("ar", "غرقت العبارة في الحادي والعشرين من يوليو.", [("الحادي والعشرين من يوليو", (None, 7, 21))]),
        ("ru", "Двенадцатого июля паром затонул.", [("Двенадцатого июля", (None, 7, 12))]),
    ],
)
def test_days_in_words(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a part of today or yesterday, as each language names it
        ("ar", "وقال الوزير هذا المساء إن العبارة وصلت.", [("هذا المساء", "day+0")]),
        ("ar", "وصلت العبارة ظهر أمس إلى الميناء.", [("ظهر أمس", "day-1")]),
        ("fa", "کشتی عصر امروز به بندر رسید.", [("عصر امروز", "day+0")]),
        ("pt", "O ferry chegou hoje à tarde ao porto.", [("hoje à tarde", "day+0")]),
        ("ru", "Паром прибыл сегодня днём.", [("сегодня днём", "day+0")]),
        ("tr", "Feribot dün öğleden sonra limana ulaştı.", [("dün öğleden sonra", "day-1")]),
    ],
)
def test_parts_of_a_day(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # last year, or a month of it, with its year in parentheses: the text states that year
        ("fa", "نخستین کشتی در اکتبر سال میلادی گذشته (۲۰۱۸)، غرق شد.", [("اکتبر سال میلادی گذشته (۲۰۱۸)", (2018, 10, None))]),
        (
            "en",
            "The first ferry sank in October last year (2018), with 189 aboard.",
            [("October last year (2018)", (2018, 10, None))],
        ),
        ("ru", "Первый паром затонул в октябре прошлого года (2018).", [("в октябре прошлого года (2018)", (2018, 10, None))]),
        ("es", "El primer ferry se hundió el año pasado (2018).", [("el año pasado (2018)", (2018, None, None))]),
        # "the Gregorian year" between a month and "last" is last year
        ("fa", "نخستین کشتی در اکتبر سال میلادی گذشته غرق شد.", [("اکتبر سال میلادی گذشته", "last-year-month")]),
    ],
)
def test_year_stated_beside_a_relative_one(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # "today" after "until" or "still" is a span up to the time of writing, no day
        ("de", "Das Wrack liegt bis heute im Hafen.", []),
        ("pt", "O naufrágio continua até hoje sem explicação.", []),
        ("ar", "ولا يزال الحطام في الميناء حتى اليوم.", []),
        ("fa", "این کشتی تا امروز در بندر مانده است.", []),
        ("es", "Aún hoy el ferry sigue en el puerto.", []),
        # but a part of today, or an adjective of it naming a day's event, is that day
        ("de", "Die Fähre bleibt bis heute Abend im Hafen.", [("heute Abend", "day+0")]),
        ("ru", "До сегодняшнего заседания паром стоял.", [("сегодняшнего", "day+0")]),
        ("es", "El ferry zarpó hoy del puerto.", [("hoy", "day+0")]),
    ],
)
def test_up_to_today(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
