"""Event-date forms the seventh held-out set showed once it was opened for tuning (issue 14), one test case per
general rule, each in more languages than the one it was seen in where the rule is not the language's own. Every
sentence is written for the tests, on a ferry line across a lake; the accuracy on real articles is measured by
`python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a year hyphenated to a code name of mixed case is no date
        ("pt", "A balsa, batizada de 2023-bLago, partiu cheia.", []),
        ("it", "Il traghetto 2023-eLago è partito nel 2024.", [("2024", (2024, None, None))]),
        ("zh", "渡轮(2023-eLake)于2024年开通。", [("2024", (2024, None, None))]),
        ("en", "The ferry ran from 2019-2020.", [("2019-2020", (2019, None, None), (2020, None, None))]),
        # a house number after a street's name is no day
        ("zh", "渡轮公司在中山路8号召开会议,10日恢复运行。", [("10日", "day-of-month")]),
        # scraped text glues a day to its month's name
        ("fa", "بندر در 12ژوئیه 2021 افتتاح شد.", [("12ژوئیه 2021", (2021, 7, 12))]),
        # and a Solar Hijri day given in parentheses after its Gregorian one to its month and year
        ("fa", "کشتی ۲۰ مارس(29حوت1400) به راه افتاد.", [("۲۰ مارس", (None, 3, 20)), ("29حوت1400", (2022, 3, 20))]),
        # or after it with a space only, when the two can be the same day: "تیر" after 11 March is a shot
        ("fa", "کشتی (۲۰ مارچ ۲۹ حوت) به راه افتاد.", [("۲۰ مارچ", (None, 3, 20)), ("۲۹ حوت", (None, 3, 20))]),
        ("fa", "در ۱۱ مارچ ۳ تیر شلیک شد.", [("۱۱ مارچ", (None, 3, 11))]),
        # a range of years alone in parentheses is a life: it may be longer than 50 years
        ("fa", "ناخدا (1931- 2011) کشتی را ساخت.", [("1931- 2011", (1931, None, None), (2011, None, None))]),
        ("en", "Captain Ruiz (1890–1975) built the ferry.", [("1890–1975", (1890, None, None), (1975, None, None))]),
        ("en", "Tickets cost 1890-1975 pesos.", []),
        # the event a year names, after it or before it
        ("en", "The ferry stopped after the 1976 coup.", [("1976", (1976, None, None))]),
        ("en", "The ferry carried 1976 passengers.", []),
        ("fa", "پس از انقلاب 1979 کشتی متوقف شد.", [("1979", (1979, None, None))]),
        # or right before it, unless a counted noun follows
        ("pt", "A balsa levou eleitores nas eleições 2022.", [("2022", (2022, None, None))]),
        ("pt", "Nas eleições 2000 pessoas usaram a balsa.", []),
        ("de", "Nach dem Putsch 2021 fuhr die Fähre nicht.", [("2021", (2021, None, None))]),
        ("de", "Bei der Wahl 2000 Stimmen für die Fähre.", []),
        # a Persian weekday written with the figure of its name
        ("fa", "کشتی امروز 5 شنبه حرکت می‌کند.", [("امروز 5 شنبه", "day+0")]),
        ("fa", "کشتی روز 3 شنبه حرکت کرد.", [("روز 3 شنبه", "weekday")]),
        # a count in words before "last month" makes a span of it
        ("fa", "در سه ماه گذشته کشتی دو بار متوقف شد.", []),
        ("fa", "کشتی ماه گذشته متوقف شد.", [("ماه گذشته", "month-1")]),
        # a count before "this week" counts what happened in it
        ("pt", "Foram 40 viagens, 12 nesta semana.", [("nesta semana", "week+0")]),
        ("fa", "در 40 سال گذشته کشتی متوقف نشد.", []),
        # a feast kept on the same day every year is that day, with the year stated after it if any
        ("es", "El servicio se suspendió en Nochevieja por el viento.", [("Nochevieja", (None, 12, 31))]),
        ("pt", "O barco parou na véspera do Ano Novo.", [("véspera do Ano Novo", (None, 12, 31))]),
        ("pt", "O barco parou na véspera da inauguração.", []),
        ("en", "The ferry stopped on New Year’s Eve 2019.", [("New Year’s Eve 2019", (2019, 12, 31))]),
        ("de", "Die Fähre fuhr an Heiligabend nicht.", [("Heiligabend", (None, 12, 24))]),
        # a Ukrainian weekday in the genitive after "until (the end of the day of)"
        ("uk", "Пором не курсуватиме до кінця дня неділі.", [("до кінця дня неділі", "weekday")]),
        ("uk", "Пором стоїть до середи.", [("до середи", "weekday")]),
        # a Turkish weekday with a part of its day in local time
        ("tr", "Feribot seferleri Cuma yerel saatle sabah başladı.", [("Cuma yerel saatle sabah", "weekday")]),
        # "segunda" after "nesta" is Monday before a preposition too; before a noun it is "second"
        ("pt", "A balsa parte nesta segunda para a outra margem.", [("nesta segunda", "weekday")]),
        ("pt", "A balsa entra nesta segunda fase do projeto.", []),
        # a day glued to the dash after a day and month is the next month's: one range
        ("fr", "Le bac fut fermé du 28 février-1er mars 2014.", [("28 février-1er mars 2014", (2014, 2, 28), (2014, 3, 1))]),
        ("en", "The ferry stopped 30 June-2 July 2019.", [("30 June-2 July 2019", (2019, 6, 30), (2019, 7, 2))]),
        ("fr", "Le bac fut fermé le 3 mars-COVID-19 mars 2020.", [("3 mars", (None, 3, 3)), ("mars 2020", (2020, 3, None))]),
    ],
)
def test_date_forms_of_the_seventh_held_out_set(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
