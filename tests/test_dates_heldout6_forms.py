"""Event-date forms the sixth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule, each in more languages than the one it was seen in. Every sentence is written for the tests, on a
cable car opened over the Rio de la Plata; the accuracy on real articles is measured by
`python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_project, make_project, published_of, read_json
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # Afghan Dari writes an alef with madda in Gregorian month names ("آکتوبر", "آگست"), and "ماه" after the day
        ("fa", "تله‌کابین در اول آکتوبر افتتاح شد.", [("اول آکتوبر", (None, 10, 1))]),
        ("fa", "۳۱ ماه آگست آخرین روز کار است.", [("۳۱ ماه آگست", (None, 8, 31))]),
        ("fa", "تله‌کابین تا بیست و هفتم ماه آگست ۲۰۲۱ بسته است.", [("بیست و هفتم ماه آگست ۲۰۲۱", (2021, 8, 27))]),
        ("ar", "افتتح الخط في آذار 2020.", [("آذار 2020", (2020, 3, None))]),
        # a day of the month in words before its month, from num2words: cardinals and the ordinal "first"
        ("it", "La funivia aprirà il primo ottobre.", [("primo ottobre", (None, 10, 1))]),
        ("it", "La funivia apre il due giugno 2024.", [("due giugno 2024", (2024, 6, 2))]),
        ("pt", "O teleférico abre a um de julho.", [("um de julho", (None, 7, 1))]),
        ("es", "El teleférico abrirá el primero de octubre de 2024.", [("primero de octubre de 2024", (2024, 10, 1))]),
        ("fr", "Le téléphérique ouvrira le premier octobre.", [("premier octobre", (None, 10, 1))]),
        # after its month, a number in words is no day
        ("fr", "Les travaux mènent depuis fin septembre une nouvelle phase.", [("septembre", (None, 9, None))]),
        ("es", "Uno de los ingenieros llegó en mayo de 2020.", [("mayo de 2020", (2020, 5, None))]),
        ("pt", "Um dos engenheiros chegou em julho de 2000.", [("julho de 2000", (2000, 7, None))]),
        # an Italian agency's "1/o" for "primo"
        ("it", "(Agenzia) - Il cantiere chiuderà il 1/o ottobre per lavori.", [("1/o ottobre", (None, 10, 1))]),
        # a range of months sharing the year after the second
        ("it", "Il cantiere restò chiuso da marzo a giugno 2019.", [("marzo a giugno 2019", (2019, 3, None), (2019, 6, None))]),
        ("pt", "A obra parou de março a junho de 2019.", [("março a junho de 2019", (2019, 3, None), (2019, 6, None))]),
        ("en", "Work stopped from March to June 2019.", [("March to June 2019", (2019, 3, None), (2019, 6, None))]),
        # or joined by a dash
        ("tr", "Hat mart-haziran 2019 döneminde kapalıydı.", [("mart-haziran 2019", (2019, 3, None), (2019, 6, None))]),
        ("de", "Die Bahn stand März–Juni 2019 still.", [("März–Juni 2019", (2019, 3, None), (2019, 6, None))]),
        # a month in the Turkish dative before "kadar" (until), a weekday's "gün" in any case
        ("tr", "Teleferik eylüle kadar kapalı kalacak.", [("eylüle", (None, 9, None))]),
        ("tr", "Teleferik mayısa kadar kapalı kalacak.", [("mayısa", (None, 5, None))]),
        ("tr", "Karar perşembe gününe kadar açıklanacak.", [("perşembe gününe", "weekday")]),
        ("tr", "Teleferik cuma gününden beri çalışıyor.", [("cuma gününden", "weekday")]),
        # a range of years ending in a decade's ending is decades
        ("ru", "Инженеры 1990-2010-х строили канатные дороги.", []),
        ("uk", "У 1990-2000-х роках канатних доріг не було.", []),
        ("tr", "1990-2000'li yıllarda teleferik yoktu.", []),
        ("ru", "В 1990-2010 годах дорогу строили.", [("1990-2010", (1990, None, None), (2010, None, None))]),
        # Chinese: figures spaced from the word for month, numerals between a month and the word for day
        ("zh", "經過 5 月一系列爭議,纜車停運。", [("5 月", (None, 5, None))]),
        ("zh", "纜車將於六月十二日恢復運行。", [("六月十二日", (None, 6, 12))]),
        ("zh", "缆车十一月三十日开通。", [("十一月三十日", (None, 11, 30))]),
        ("zh", "缆车停运了5个月。", []),
        # one unit back without a count: "a year ago", in the languages whose locale data lacks it
        ("ru", "Год назад канатную дорогу закрыли.", [("Год назад", "year-1")]),
        ("ru", "Месяц назад канатную дорогу закрыли.", [("Месяц назад", "month-1")]),
        ("ru", "Несколько месяцев назад дорогу закрыли.", []),
        ("ru", "Неделю назад канатную дорогу закрыли.", [("Неделю назад", "day-7")]),  # seven days back, as "a week ago"
        ("it", "La funivia è stata chiusa una settimana fa.", [("una settimana fa", "day-7")]),
        ("it", "La funivia è stata chiusa un anno fa.", [("un anno fa", "year-1")]),
        ("zh", "一年前缆车停运。", [("一年前", "year-1")]),
        # the night or evening before the date of writing
        ("fa", "تله‌کابین شام گذشته متوقف شد.", [("شام گذشته", "day-1")]),
        ("it", "La funivia si è fermata la notte scorsa.", [("notte scorsa", "day-1")]),
        ("uk", "Минулої ночі канатна дорога зупинилася.", [("Минулої ночі", "day-1")]),
        ("ru", "Прошлой ночью канатная дорога остановилась.", [("Прошлой ночью", "day-1")]),
        ("de", "Letzte Nacht stand die Seilbahn still.", [("Letzte Nacht", "day-1")]),
        ("ar", "توقف الخط الليلة الماضية.", [("الليلة الماضية", "day-1")]),
        ("pt", "O teleférico parou ontem à tarde.", [("ontem à tarde", "day-1")]),
        # the middle of a month in the genitive, after "until" or "from"
        ("uk", "Канатна дорога не працюватиме до середини липня.", [("липня", (None, 7, None))]),
        ("ru", "Канатная дорога закрыта с середины июня.", [("июня", (None, 6, None))]),
        # two months joined by "and" share the cue before the first or after the second
        ("en", "It stopped in July and August, the operator said.", [("July", (None, 7, None)), ("August", (None, 8, None))]),
        ("fr", "Le téléphérique s'est arrêté en juillet et août.", [("juillet", (None, 7, None)), ("août", (None, 8, None))]),
        ("ru", "Канатная дорога стояла в июле и августе.", [("июле", (None, 7, None)), ("августе", (None, 8, None))]),
        ("tr", "Teleferik temmuz ve ağustos aylarında durdu.", [("temmuz", (None, 7, None)), ("ağustos", (None, 8, None))]),
        ("en", "Smith and August Rodin rode the cable car.", []),
        # the sentence's full stop after a month's whole name is not part of the date; an abbreviation's dot is
        ("uk", "Канатна дорога відкрилася 26 серпня.", [("26 серпня", (None, 8, 26))]),
        ("en", "The cable car opened on 26 Aug.", [("26 Aug.", (None, 8, 26))]),
        # a year after a weak cue before a form of "to be" is a year; before a noun, a count
        ("es", "El teleférico de 2017 es el más largo del país.", [("2017", (2017, None, None))]),
        ("pt", "O teleférico de 1988 é o mais antigo.", [("1988", (1988, None, None))]),
        ("es", "Un total de 2017 pasajeros subieron.", []),
        # a Solar Hijri day after a slash that follows the Gregorian date it is, any of its month's names
        ("fa", "تله‌کابین ۳۰ ژوئن / ۱۰ تیر افتتاح شد.", [("۳۰ ژوئن", (None, 6, 30)), ("۱۰ تیر", (None, 6, 30))]),
        ("fa", "بند ۳/ ۴ تیر شلیک شد.", []),  # clause 3/4, a shot
        # a month with a cue, then a comma and a count that is no day or year
        ("en", "The line has carried 1,396 riders since mid-June, 499 of them children.", [("June", (None, 6, None))]),
        ("en", "The line opened in June, 12,000 riders came.", [("June", (None, 6, None))]),
        ("en", "The line opened in June, 2022 and closed.", [("June, 2022", (2022, 6, None))]),
        # the middle, end or start of a month in the Turkish ablative and dative
        ("tr", "Teleferik haziran ortasından beri çalışıyor.", [("haziran", (None, 6, None))]),
    ],
)
def test_date_forms_of_the_sixth_held_out_set(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


BODY = {
    "zh": "受强风影响,拉普拉塔河上空的缆车停运三天,数千名乘客改乘渡轮,运营公司表示将尽快恢复。",
    "de": "Die Seilbahn über den Río de la Plata stand drei Tage still, sagte die Betreibergesellschaft am Abend.",
    "en": "The cable car over the Rio de la Plata stood still for three days, the operator said on Friday.",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label and its stamp opening the text, a byline in brackets between them and the first sentence
        (f"缆车停运三天\n\n最后更新: 2022-08-29 22:12:14【文/某某网 记者】{BODY['zh']}\n", ("2022-08-29", "updated-line")),
        (f"缆车停运三天\n\n发布时间：2022-08-29 22:12【文/某某网 记者】{BODY['zh']}\n", ("2022-08-29", "header")),
        # an infobox's arrows to the one before and the one after in a series: no date of the page
        (f"Seilbahnwahl 2020\n\n←  2015 9. August 2020 Weiter  →\n\n{BODY['de']}\n", (None, "not-stated")),
        (f"Cable car election, 2020\n\n← 2015 9 August 2020 2025 →\n\n{BODY['en']}\n", (None, "not-stated")),
        (f"Cable car stops\n\nAugust 9, 2020 10:15\n\n{BODY['en']}\n", ("2020-08-09", "header")),
    ],
)
def test_publication_dates_of_the_sixth_held_out_set(tmp_path: Path, text: str, expected: tuple) -> None:
    assert published_of(tmp_path, text) == expected


def test_a_chinese_range_of_days_alone_is_of_the_month_of_writing(tmp_path: Path) -> None:
    """A range of days alone ("25日至26日") on a page of 28 August 2022: 25 to 26 August, one event."""
    text = "---\ntitle: 缆车\npublished: 2022-08-28\nlanguage: zh\n---\n运营公司数据显示,25日至26日共有4.5万人乘坐缆车。\n"
    site = build_project(make_project(tmp_path, {"zh.md": text}), tmp_path / "site")
    events = [(e["date"], e["date_end"], e["date_basis"]) for e in read_json(site, "api/events.json")]
    assert events == [("2022-08-25", "2022-08-26", "relative")]
