"""Event- and publication-date forms the fourth held-out set showed once it was opened for tuning (issue 14), one
test case per general rule, each in more languages than the one it was seen in. Every sentence is written for the
tests, on a bridge opened over the Senegal river; the accuracy on real articles is measured by
`python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import split_sentences
from conftest import build_project, make_project, published_of, read_json
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a weekday and the day of the month alone is that day of the month the sentence states
        (
            "es",
            "El puente se cerró el miércoles 7 de mayo y reabrió el jueves 8 por la tarde.",
            [("el miércoles 7 de mayo", (None, 5, 7)), ("el jueves 8", (None, 5, 8))],
        ),
        (
            "fr",
            "Le pont a fermé le mercredi 7 mai et rouvert le jeudi 8, à Saint-Louis.",
            [("mercredi 7 mai", (None, 5, 7)), ("le jeudi 8", (None, 5, 8))],
        ),
        ("it", "Il ponte riapre giovedì 1° a Saint-Louis.", [("giovedì 1°", "day-of-month")]),
        ("pt", "A ponte reabriu na quinta-feira, 8, em Saint-Louis.", [("na quinta-feira, 8", "day-of-month")]),
        # but not before its month, nor before a counted noun or a time
        ("es", "Este lunes 1° de agosto se abrió el puente.", [("Este lunes 1° de agosto", (None, 8, 1))]),
        ("es", "El jueves 8 camiones cruzaron el puente.", [("El jueves", "weekday")]),
        ("fr", "Le jeudi 8 heures de travaux ont suffi.", [("jeudi", "weekday")]),
        # a weekday a few words before a whole date that falls on it names that date (5 July 2024 is a Friday)
        ("ar", "يفتتح الجسر يوم الجمعة المقبل في 5 يوليو 2024.", [("يوم الجمعة المقبل في 5 يوليو 2024", (2024, 7, 5))]),
        (
            "ar",
            "يفتتح الجسر يوم الخميس المقبل في 5 يوليو 2024.",
            [("يوم الخميس المقبل", "next-weekday"), ("5 يوليو 2024", (2024, 7, 5))],
        ),
        ("en", "The bridge opens on Friday, on 5 July 2024.", [("on Friday, on 5 July 2024", (2024, 7, 5))]),
        # two weekdays in a row name one night; joined by "and" they stay two
        ("ar", "انهار الجسر ليل الجمعة السبت.", [("الجمعة السبت", "weekday")]),
        ("en", "The bridge collapsed in the Friday/Saturday night.", [("Friday/Saturday", "weekday")]),
        ("ar", "أغلق الجسر الثلاثاء والأربعاء.", [("الثلاثاء", "weekday"), ("والأربعاء", "weekday")]),
        # after a word of putting a date off, "from A to B" is the old date and the new one, not a range
        (
            "fr",
            "Le gouvernement a reporté l'inauguration du 24 février au 15 décembre prochain à Saint-Louis.",
            [("24 février", (None, 2, 24)), ("15 décembre prochain", "next-named-month")],
        ),
        (
            "es",
            "El gobierno aplazó la inauguración del 25 de febrero al 15 de diciembre en Saint-Louis.",
            [("25 de febrero", (None, 2, 25)), ("15 de diciembre", (None, 12, 15))],
        ),
        (
            "en",
            "The opening was postponed from February 25 to December 15.",
            [("February 25", (None, 2, 25)), ("December 15", (None, 12, 15))],
        ),
        (
            "fr",
            "Les travaux ont duré du 24 février au 15 mars à Saint-Louis.",
            [("24 février au 15 mars", (None, 2, 24), (None, 3, 15))],
        ),
        # a month after "von" or "auf" in German
        (
            "de",
            "Die Regierung verschob die Eröffnung von Februar auf Dezember.",
            [("Februar", (None, 2, None)), ("Dezember", (None, 12, None))],
        ),
        # "until" joins a range
        ("it", "Governò dal 1971 fino al 2000.", [("1971 fino al 2000", (1971, None, None), (2000, None, None))]),
        ("en", "He ruled from 1971 until 2000.", [("1971 until 2000", (1971, None, None), (2000, None, None))]),
        (
            "fr",
            "Le pont est fermé du 3 mars jusqu'au 5 avril 2024.",
            [("3 mars jusqu'au 5 avril 2024", (2024, 3, 3), (2024, 4, 5))],
        ),
        # a part of a day after a date, before the range's joiner, as Chinese writes it
        ("zh", "从6月24日晚些时候至6月25日,大桥关闭。", [("6月24日晚些时候至6月25日", (None, 6, 24), (None, 6, 25))]),
        ("zh", "大桥6月24日凌晨至26日关闭。", [("6月24日凌晨至26日", (None, 6, 24), (None, 6, 26))]),
        # the beginning, middle or end of the month of writing
        ("fr", "Le ministre avait décidé au début du mois de fermer le pont.", [("au début du mois", "this-month")]),
        ("fr", "Le pont ferme au début du mois de mars.", [("mars", (None, 3, None))]),
        ("es", "El puente abrirá a finales de mes.", [("a finales de mes", "this-month")]),
        ("en", "The bridge opens at the end of the month.", [("at the end of the month", "this-month")]),
        ("pt", "A ponte abre no início do mês.", [("no início do mês", "this-month")]),
    ],
)
def test_forms_of_the_fourth_held_out_set(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # decades, also in the plural and the year joined to one: no year
        ("pt", "O engenheiro trabalhou no porto nas décadas de 1980 e 1990.", []),
        ("es", "El puente se diseñó en las décadas de 1980 y 1990.", []),
        ("fr", "Le pont a été pensé dans les années 1980 et 1990, puis bâti en 2001.", [("2001", (2001, None, None))]),
        ("tr", "Köprü 1990'lı yıllarda tasarlandı.", []),
        ("fa", "پل در دهه ۱۹۹۰ طراحی شد.", []),
        # a year after a weak cue, in Italian, before a function word
        ("it", "Il ponte crollò nel terremoto del 1960 ad Agadir.", [("1960", (1960, None, None))]),
        ("it", "L'ultimo crollo risale al 2004 e colpì la città.", [("2004", (2004, None, None))]),
        ("it", "Il ponte porta fino al 2000 camion al giorno.", []),
        ("en", "The worst flood since at least 1960 closed the bridge.", [("1960", (1960, None, None))]),
        # the same weak cue before a count and its noun earlier in the sentence: the number after it is a count too
        ("ru", "Число машин на мосту выросло до 1305 машин, грузовиков — до 1832.", []),
        ("ru", "Мост закрыли до 2025 года, а затем до 2030.", [("2025", (2025, None, None)), ("2030", (2030, None, None))]),
        ("pt", "O tráfego caiu para cerca de 54 milhões de carros no ano civil de 2022.", [("2022", (2022, None, None))]),
    ],
)
def test_years_decades_and_counts(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Solar Hijri day's ordinal in words makes any month name the month's ("تیر" is also a shot)
        ("پل در هشتم تیر افتتاح شد.", [("هشتم تیر", (None, 6, 29))]),
        ("سربازان سه تیر شلیک کردند.", []),
        # a day written as a plain number in words, before the months of the Solar Hijri calendar only
        ("سی اردیبهشت ۱۴۰۳ پل افتتاح شد.", [("سی اردیبهشت ۱۴۰۳", (2024, 5, 19))]),
        ("پل در بیست و دو بهمن افتتاح شد.", [("بیست و دو بهمن", (None, 2, 11))]),
        ("مهندس گزارش می دهد که پل آماده است.", []),  # "می" is May, "ده" ten: here a verb
    ],
)
def test_persian_days_in_words(sentence: str, expected: list) -> None:
    assert read(sentence, "fa") == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a year of another calendar alone, with the word that says which: the Gregorian years it runs across, at
        # a year's precision (it states no day)
        ("ar", "افتتح الجسر في عام 1445 هـ.", [("1445 هـ", (2023, None, None), (2024, None, None))]),
        ("ar", "افتتح الجسر سنة ١٤٤٥ للهجرة.", [("١٤٤٥ للهجرة", (2023, None, None), (2024, None, None))]),
        ("fa", "پل در ۱۴۴۵ قمری افتتاح شد.", [("۱۴۴۵ قمری", (2023, None, None), (2024, None, None))]),
        ("fa", "پل در ۱۴۰۳ خورشیدی افتتاح شد.", [("۱۴۰۳ خورشیدی", (2024, None, None), (2025, None, None))]),
        # in Persian, after the word for a year, a year of 13xx or 14xx is a Solar Hijri one
        ("fa", "پل در سال ۱۴۰۳ افتتاح شد.", [("۱۴۰۳", (2024, None, None), (2025, None, None))]),
        # a count is no year
        ("ar", "بلغت مساحة الجسر 1445 هكتارا.", []),
        ("fa", "۱۴۰۰ نفر از پل گذشتند.", []),
    ],
)
def test_a_year_of_another_calendar(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # weekdays listed after one of last, this or next week are of that week
        (
            "zh",
            "本周星期一、星期二和星期三大桥关闭。",
            [("本周星期一", "weekday-of-week+0"), ("星期二", "weekday-of-week+0"), ("星期三", "weekday-of-week+0")],
        ),
        ("zh", "上周一大桥关闭。", [("上周一", "weekday-of-week-1")]),
        (
            "en",
            "Next week on Monday, Tuesday and Wednesday the bridge is closed.",
            [("Next week on Monday", "weekday-of-week+1"), ("Tuesday", "weekday-of-week+1"), ("Wednesday", "weekday-of-week+1")],
        ),
        (
            "es",
            "La próxima semana, el lunes y el martes, el puente estará cerrado.",
            [("La próxima semana, el lunes", "weekday-of-week+1"), ("el martes", "weekday-of-week+1")],
        ),
        ("en", "The bridge closed on Monday and reopened on Tuesday.", [("on Monday", "weekday"), ("on Tuesday", "weekday")]),
    ],
)
def test_weekdays_listed_after_a_week(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_day_before_its_month_in_parentheses_ends_no_sentence() -> None:
    text = "Die Behörde hat vorgestern (10. Oktober 2022) die Brücke gesperrt. Sie bleibt zu."
    assert [text[a:b] for a, b in split_sentences(text, "de")] == [
        "Die Behörde hat vorgestern (10. Oktober 2022) die Brücke gesperrt.",
        "Sie bleibt zu.",
    ]


BODY = {
    "zh": "塞内加尔河上的新大桥当天正式通车,总长一千二百米,由两国政府共同出资建设,预计每天通行车辆三千辆。",
    "ru": "Новый мост через реку Сенегал открыли в субботу, сообщили власти обеих стран на церемонии в Сен-Луи.",
    "en": "The new bridge over the Senegal river opened on Saturday, the governments of both countries said in Saint-Louis.",
    "es": "El nuevo puente sobre el río Senegal se abrió el sábado, según informaron los gobiernos de ambos países.",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese agency's dateline: its name and place, the date, then the word for a cable
        (f"中新社达喀尔9月9日电 {BODY['zh']}\n", ("--09-09", "dateline")),
        (f"新華社達喀爾9月9日電 {BODY['zh']}\n", ("--09-09", "dateline")),
        # a published label without the year, another line with the whole date: that one gives the year
        (f"Posted 9 сентября, 19:54\n\n9 сентября 2023, 19:54\n\n{BODY['ru']}\n", ("2023-09-09", "header")),
        (f"Published Sep 9, 19:54\n\nSeptember 9, 2023\n\n{BODY['en']}\n", ("2023-09-09", "header")),
        # a date line naming the site above its address credits the article: no site clock
        (f"Puente Sur, 23-12-2022\n\nhttps://puentesur.info/\n\n{BODY['es']}\n", ("2022-12-23", "header")),
        (f"martes, 23 de diciembre de 2025\n\nhttps://puentesur.info/\n\n{BODY['es']}\n", (None, "not-stated")),
    ],
)
def test_publication_dates_of_the_fourth_held_out_set(tmp_path: Path, text: str, expected: tuple) -> None:
    assert published_of(tmp_path, text) == expected


def test_a_date_line_under_a_photo_caption_with_its_credit_is_the_page_date(tmp_path: Path) -> None:
    text = (
        "Senegal opens its new bridge\n\n"
        "The new bridge over the Senegal river was opened by both presidents in Saint-Louis on Saturday.\n\n"
        "The presidents crossed the bridge on foot on April 2, 2024. / Photo: A. Agency / Others\n\n"
        "April 3, 2024\n\n"
        "The new bridge over the Senegal river was opened by both presidents in Saint-Louis on Saturday.\n"
    )
    assert published_of(tmp_path, text) == ("2024-04-03", "header")


def test_days_under_a_chinese_dateline_are_days_of_its_month(tmp_path: Path) -> None:
    text = (
        "中新社达喀尔9月9日电 塞内加尔河上的新大桥8日正式通车,两国总统出席了仪式并共同剪彩,预计每天通行车辆三千辆。\n\n"
        "当地媒体9日报道称,大桥通车后交通明显改善,过河时间从两小时缩短到十分钟。\n"
    )
    root = make_project(tmp_path, {"bridge.txt": text})
    site = build_project(root, tmp_path / "site")
    events = {(e["date_text"], e["date"], e["date_basis"]) for e in read_json(site, "api/events.json")}
    assert ("8日", "--09-08", "year-unknown") in events
    assert ("9日", "--09-09", "year-unknown") in events


def test_a_solar_hijri_year_in_the_title_places_a_day_beside_its_weekday(tmp_path: Path) -> None:
    # 9 Tir 1403 is Saturday 29 June 2024; in 1404 it is a Monday
    text = "افتتاح پل ۱۴۰۳\n\nپل جدید رودخانه بامداد شنبه نهم تیرماه با حضور مقامات دو کشور افتتاح شد و عبور خودروها آغاز شد.\n"
    root = make_project(tmp_path, {"pol.txt": text})
    site = build_project(root, tmp_path / "site")
    (event,) = read_json(site, "api/events.json")
    assert (event["date"], event["date_basis"]) == ("2024-06-29", "inferred-year")
    assert "1403" in event["basis_reason"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le pont a rouvert le vendredi 8 à Saint-Louis après les travaux.", "2024-03-08"),  # 8 March 2024, a Friday
        ("Le pont a rouvert le jeudi 8 à Saint-Louis après les travaux.", "2024-02-08"),  # 8 February 2024, a Thursday
        ("Le pont a rouvert le mardi 8 à Saint-Louis après les travaux.", None),  # a Tuesday 8th in no month near
    ],
)
def test_a_weekday_and_a_day_alone_are_the_nearest_such_day(tmp_path: Path, sentence: str, expected: str | None) -> None:
    text = f"---\ntitle: Pont\npublished: 2024-03-20\nlanguage: fr\n---\n{sentence}\n"
    root = make_project(tmp_path, {"pont.md": text})
    site = build_project(root, tmp_path / "site")
    (event,) = read_json(site, "api/events.json")
    assert event["date"] == expected
