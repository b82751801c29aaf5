"""Event- and publication-date forms the fifth held-out set showed once it was opened for tuning (issue 14), one
test case per general rule, each in more languages than the one it was seen in. Every sentence is written for the
tests, on a ferry line opened across Lake Victoria; the accuracy on real articles is measured by
`python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import build_project, make_project, published_of, read_json
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a comma between month and year, also the Arabic one
        ("ar", "افتتح خط العبارة في 14 مارس، 2022 في كيسومو.", [("14 مارس، 2022", (2022, 3, 14))]),
        ("fa", "خط کشتی در ۱۴ مارس، ۲۰۲۲ افتتاح شد.", [("۱۴ مارس، ۲۰۲۲", (2022, 3, 14))]),
        ("en", "The ferry line opened on 14 March, 2022 in Kisumu.", [("14 March, 2022", (2022, 3, 14))]),
        # a Solar Hijri date in figures, year first, as Iranian sites stamp their pages
        ("fa", "خط کشتی در ۱۴۰۱/۰۶/۲۵ افتتاح شد.", [("۱۴۰۱/۰۶/۲۵", (2022, 9, 16))]),
        ("fa", "بند ۳/ ۴۹ قانون اساسی اجرا شد.", []),
        # a bare year after an article, where the language writes it so
        ("es", "El ferry dejó de operar el 2019, aunque la ruta siguió abierta.", [("2019", (2019, None, None))]),
        ("it", "Il traghetto sarà elettrico entro il 2030.", [("2030", (2030, None, None))]),
        ("es", "El ferry llevó el 1500 pasajeros.", []),
        ("it", "Il biglietto costa il 1500 scellini.", []),
        # a Chinese day alone before "will" is a day to come
        ("zh", "港务部门宣布,15日将再次开通渡轮。", [("15日", "day-of-month-next")]),
        ("zh", "渡轮16日起将每天运行。", [("16日", "day-of-month-next")]),
        ("zh", "渡轮16日首航。", [("16日", "day-of-month")]),
        # a day in words before a Gregorian month's name that is no other word
        ("fa", "کشتی هفت ژوئیه بندر کیسومو را ترک کرد.", [("هفت ژوئیه", (None, 7, 7))]),
        ("fa", "کشتی بیست و سه مارس ۲۰۲۱ به بندر رسید.", [("بیست و سه مارس ۲۰۲۱", (2021, 3, 23))]),
        ("fa", "ده مه بر دریاچه نشست.", []),  # ten, fog
        # a stamp's two-digit year after the dots of a day and month's name
        ("pt", "A balsa partiu de Kisumu nesta 2ª.feira (6.fev.23) com 300 passageiros.", [("6.fev.23", (2023, 2, 6))]),
        ("pt", "Em 6.fev.23,5 toneladas foram descarregadas.", [("6.fev", (None, 2, 6))]),
        # after a superlative, "in N years" is a span, not a day to come; with a verb between, it is one
        ("en", "It was the first ferry strike on the lake in 12 years.", []),
        ("pt", "Foi a primeira greve das balsas do lago em 12 anos.", []),
        ("en", "The first ferry will sail in 2 years.", [("in 2 years", "year+2")]),
        ("pt", "A primeira balsa será lançada em 2 anos.", [("em 2 anos", "year+2")]),
        # the last or next week without its usual words; a day of the month after "último"
        ("es", "El lago vivió en la última semana las peores tormentas del año.", [("la última semana", "week-1")]),
        ("es", "La última semana de enero el ferry no salió.", [("enero", (None, 1, None))]),
        ("fr", "Le ferry reprendra en début de semaine prochaine.", [("début de semaine prochaine", "week+1")]),
        ("pt", "A tarifa anunciada no último dia 10 subiu.", [("no último dia 10", "day-of-month")]),
        # a count back with a word of about before it
        ("de", "Die Fähre lief vor knapp drei Jahren vom Stapel.", [("vor knapp drei Jahren", "year-3")]),
        ("de", "Die Fähre lief vor rund 2 Monaten aus.", [("vor rund 2 Monaten", "month-2")]),
        # a parliamentary inquiry named after a day names no day
        ("pt", "A CPI do 8 de janeiro ouviu o ministro dos transportes.", []),
        # a weekday, "dem" and the date it falls on are one date
        ("de", "Die Fähre fährt ab Donnerstag, dem 19. Januar, täglich.", [("Donnerstag, dem 19. Januar", (None, 1, 19))]),
        ("de", "Am Donnerstag kamen den 19 Fahrgästen Zweifel.", [("Am Donnerstag", "weekday")]),
    ],
)
def test_date_forms_of_the_fifth_held_out_set(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


BODY = {
    "ar": "افتتح خط العبارة الجديد عبر بحيرة فيكتوريا، وقالت الحكومة إنه سيخدم ألف راكب يوميا.",
    "fa": "خط کشتی تازه در دریاچه ویکتوریا افتتاح شد و دولت گفت که روزانه هزار مسافر را جابجا می‌کند.",
    "zh": "维多利亚湖上的新渡轮航线当天正式开通,由三国政府共同出资建设,预计每天运送乘客一千人。",
    "ru": "Новую паромную линию через озеро Виктория открыли в субботу, сообщили власти трёх стран.",
    "fr": "La nouvelle ligne de ferry sur le lac Victoria a été ouverte samedi, ont annoncé les trois gouvernements.",
    "en": "The new ferry line across Lake Victoria opened on Saturday, the three governments said in Kisumu.",
}
FIELDS = "字号+作者: 来源:某某日报 2022-03-14 10:15 评论(发表评论) 收藏本文"  # a Chinese site's line of fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line with the Arabic comma between month and year, then its time
        (f"عبارة جديدة في بحيرة فيكتوريا\n\n14 مارس، 2022 - 10:15am\n\n{BODY['ar']}\n", ("2022-03-14", "header")),
        # a Solar Hijri date line in figures
        (f"1401/06/25\nخط کشتی تازه\n\n{BODY['fa']}\n", ("2022-09-16", "header")),
        # a date line with the source's name after a label: "来源:", "Source:"
        (f"维多利亚湖渡轮开通\n\n2022-03-14 10:15:00 来源:某某日报客户端\n\n{BODY['zh']}\n", ("2022-03-14", "header")),
        (f"Ferry line opens\n\nMarch 14, 2022 10:15 Source: Lakeside\n\n{BODY['en']}\n", ("2022-03-14", "header")),
        # a source label among other fields of a line: the date's own part is read
        (f"全球新闻\n\n渡轮开通\n\n{FIELDS}\n\n{BODY['zh']}\n", ("2022-03-14", "header")),
        # a dateline with no place, the site's address before the dash
        (f"14 марта. Primer-novosti.ru — {BODY['ru']}\n", ("--03-14", "dateline")),
        (f"14 mars 2022. Exemple.fr — {BODY['fr']}\n", ("2022-03-14", "dateline")),
        # a date a sentence runs into is no dateline: no address, no dash
        (f"14 mars 2022. {BODY['fr']}\n", (None, "not-stated")),
    ],
)
def test_publication_dates_of_the_fifth_held_out_set(tmp_path: Path, text: str, expected: tuple) -> None:
    assert published_of(tmp_path, text) == expected


NEXT_TUESDAY = {  # written on Wednesday 20 March 2024: the next Tuesday is 26 March, never 19 March
    "de": "Die neue Fähre nach Kisumu fährt am nächsten Dienstag zum ersten Mal über den See.",
    "it": "Il nuovo traghetto per Kisumu partirà martedì prossimo per la prima traversata del lago.",
    "pt": "A nova balsa para Kisumu fará a primeira travessia do lago na próxima terça-feira.",
    "ru": "Новый паром до Кисуму совершит первый рейс через озеро в следующий вторник.",
    "tr": "Kisumu'ya giden yeni feribot ilk seferini önümüzdeki salı günü yapacak.",
    "fa": "کشتی تازه کیسومو نخستین سفر خود را روز سه‌شنبه آینده انجام می‌دهد.",
    # a day alone after a word for what is planned: of the month of writing, or of the next
    "zh": "新渡轮预计16日首航,港务部门表示票已售罄。",
}


def test_weekdays_and_days_to_come_are_after_the_date_of_writing(tmp_path: Path) -> None:
    sources = {
        f"{language}.md": f"---\ntitle: Ferry {language}\npublished: 2024-03-20\nlanguage: {language}\n---\n{sentence}\n"
        for language, sentence in NEXT_TUESDAY.items()
    }
    site = build_project(make_project(tmp_path, sources), tmp_path / "site")
    dates = {e["briefing"][-2:]: (e["date"], e["date_basis"]) for e in read_json(site, "api/events.json")}
    expected = {language: ("2024-03-26", "relative") for language in NEXT_TUESDAY} | {"zh": ("2024-04-16", "relative")}
    assert dates == expected


def test_the_last_day_of_an_annotated_range_is_no_invented_date(tmp_path: Path) -> None:
    """The evaluation's count of invented dates: a day the text states as the end of a range is stated."""
    from briefing.realtext import Report, score

    sentence = "Kisumu istasyonu 1900 yılından 6 Şubat 2023'e kadar gölde 224 fırtına kaydetti."
    gold = {"phrase": "1900 yılından 6 Şubat 2023'e", "date": "1900", "end": "2023-02-06"}
    article = {
        "url": "https://example.org/a",
        "header": "",
        "published": None,
        "sentences": [{"text": sentence, "dates": [gold]}],
    }
    (tmp_path / "tr.yaml").write_text(yaml.safe_dump({"language": "tr", "articles": [article]}, allow_unicode=True))
    report = score([tmp_path / "tr.yaml"], Report(), baseline=False)
    assert report.extra and not report.invented  # the day is read apart from the range, and stated
    article["sentences"][0]["dates"] = [{**gold, "end": None}]
    (tmp_path / "tr.yaml").write_text(yaml.safe_dump({"language": "tr", "articles": [article]}, allow_unicode=True))
    assert score([tmp_path / "tr.yaml"], Report(), baseline=False).invented  # without the range's end: invented


def test_a_day_and_month_take_the_year_their_sentence_states(tmp_path: Path) -> None:
    sources = {  # no publication date: the year stated before the day in the same sentence is its year
        "tr.txt": "Kisumu feribot hattı 2022 yılında planlandı ve üç ay sonra, 16 Eylül'de açıldı.\n",
        "en.txt": "The Kisumu ferry line was planned in 2022 and, after three months, opened on 16 September.\n",
        "fr.txt": "La ligne de ferry de Kisumu a été annoncée le 3 mars.\n\nElle a ouvert en 2022.\n",
    }
    site = build_project(make_project(tmp_path, sources), tmp_path / "site")
    events = {(e["date_text"], e["date"], e["date_basis"]) for e in read_json(site, "api/events.json")}
    assert ("16 Eylül", "2022-09-16", "inferred-year") in events
    assert ("16 September", "2022-09-16", "inferred-year") in events
    assert ("3 mars", "--03-03", "year-unknown") in events  # a year in a later sentence is not its year


def test_a_sites_stamp_glued_after_the_lede_is_no_event(tmp_path: Path) -> None:
    """A whole date and a section's name closing the lede ("…。2024年03月14日 時政"): the site's stamp, which
    still gives the year of a day the text states without one."""
    lede = (
        "維多利亞湖新渡輪週三(3月13日)從基蘇木港出發首航,肯尼亞、烏干達和坦桑尼亞三國官員出席了儀式,"
        "港務部門表示渡輪每天可運送乘客一千人。2024年03月14日 時政"
    )
    text = f"維多利亞湖渡輪首航\n\n{lede}\n\n港務部門表示,渡輪每天運送乘客一千人,票價維持不變。\n"
    site = build_project(make_project(tmp_path, {"ferry.txt": text}), tmp_path / "site")
    events = {(e["date_text"], e["date"]) for e in read_json(site, "api/events.json")}
    assert events == {("週三(3月13日)", "2024-03-13")}


def test_a_date_read_where_the_sentence_says_its_words_again_is_found(tmp_path: Path) -> None:
    """The evaluation matches the words the build read wherever they stand: "2015" inside "2010-2015" and again
    in "2015'ten" are two places, and the build's second date is the second."""
    from briefing.realtext import Report, score

    sentence = "Feribot 2010-2015 yılları arasında durdu ve 2015'ten beri her gün çalışıyor."
    gold = [{"phrase": "2010-2015", "date": "2010", "end": "2015"}, {"phrase": "2015'ten", "date": "2015"}]
    article = {"url": "https://example.org/b", "header": "", "published": None}
    article["sentences"] = [{"text": sentence, "dates": gold}]
    (tmp_path / "tr.yaml").write_text(yaml.safe_dump({"language": "tr", "articles": [article]}, allow_unicode=True))
    tally = score([tmp_path / "tr.yaml"], Report(), baseline=False).by_language["tr"]
    assert (tally.true_positive, tally.predicted, tally.expected) == (2, 2, 2)


def test_a_solar_hijri_year_alone_is_exported_at_a_years_precision(tmp_path: Path) -> None:
    text = "---\ntitle: کشتی\nlanguage: fa\n---\nخط کشتی دریاچه ویکتوریا در سال ۱۴۰۱ به بهره‌برداری رسید و مسافران را جابجا کرد.\n"
    site = build_project(make_project(tmp_path, {"ferry.md": text}), tmp_path / "site")
    (event,) = read_json(site, "api/events.json")
    assert (event["date"], event["date_end"], event["precision"], event["calendar"]) == ("2022", "2023", "year", "persian")
