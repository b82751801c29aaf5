"""Event- and publication-date forms the third held-out set showed once it was opened for tuning (issue 14), one
test case per general rule, each in more languages than the one it was seen in. Every sentence is written for the
tests, on a fisheries agreement signed in Lomé; the accuracy on real articles is measured by
`python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.published_lines import is_date_line
from conftest import build_project, make_project, published_of, read_json
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the words of "this/last/next month|week|year" in every case and gender, not only as dateparser lists them
        ("de", "Das Abkommen wird noch in diesem Monat unterzeichnet.", [("diesem Monat", "month+0")]),
        ("de", "In dieser Woche tagten die Fischer in Lomé.", [("dieser Woche", "week+0")]),
        ("de", "Mehr Fänge als im gesamten vergangenen Jahr.", [("vergangenen Jahr", "year-1")]),
        ("de", "Das Abkommen gilt seit Anfang dieses Jahres.", [("dieses Jahres", "year+0")]),
        ("de", "Im nächsten Jahr soll der Hafen öffnen.", [("nächsten Jahr", "year+1")]),
        ("de", "In den letzten Jahren wuchs der Hafen.", []),  # a plural: recent years, no date
        ("de", "Heuer wurden mehr Fische gefangen.", [("Heuer", "year+0")]),
        ("de", "Im Vorjahr wurden weniger Fische gefangen.", [("Vorjahr", "last-year")]),
        # an article contracted with a preposition, a synonym of "last", an Arabic clitic before the words
        ("es", "A finales del año pasado se firmó el acuerdo.", [("del año pasado", "year-1")]),
        ("pt", "O acordo foi assinado no final do ano passado.", [("do ano passado", "year-1")]),
        ("it", "L'accordo è stato firmato nella scorsa settimana.", [("nella scorsa settimana", "week-1")]),
        ("fr", "L'accord date du mois dernier.", [("du mois dernier", "month-1")]),
        ("ru", "Соглашение подписали в минувшем году.", [("в минувшем году", "year-1")]),
        ("ar", "وقعت توغو الاتفاق والأسبوع المقبل يبدأ العمل به.", [("والأسبوع المقبل", "week+1")]),
        # a season named relative to the time of writing (kept, unresolved: no precision holds a season)
        ("de", "Im vergangenen Sommer endete die Blockade des Hafens.", [("vergangenen Sommer", "season-1")]),
        ("en", "Last summer the port closed.", [("Last summer", "season-1")]),
        ("fr", "L'été dernier, le port a fermé.", [("L'été dernier", "season-1")]),
        ("ru", "Прошлым летом порт закрыли.", [("Прошлым летом", "season-1")]),
        ("tr", "Bu kış liman kapanacak.", [("Bu kış", "season+0")]),
        ("ar", "أغلق الميناء الصيف الماضي.", [("الصيف الماضي", "season-1")]),
        # a season of a year makes the year one
        ("en", "In the summer of 2020 the port opened.", [("2020", (2020, None, None))]),
        ("es", "En el verano de 2020 el puerto abrió.", [("2020", (2020, None, None))]),
        ("it", "Nell'estate del 2020 il porto ha aperto.", [("2020", (2020, None, None))]),
        # a count back before an event counts from the event, not from the time of writing
        ("fa", "دادگاه دو روز پیش از برگزاری انتخابات رای داد.", []),
        ("fa", "دادگاه دو روز پیش رای داد و روز گذشته از سوی وزارت اعلام شد.", [("دو روز پیش", "day-2"), ("روز گذشته", "day-1")]),
        ("ar", "أعلنت المحكمة قرارها قبل يومين من الانتخابات.", []),
        ("ar", "أعلنت المحكمة قرارها قبل يومين.", [("قبل يومين", "day-2")]),
        # the adjectives of today and yesterday
        ("de", "Bei der heutigen Sitzung in Lomé sprach der Minister.", [("heutigen", "day+0")]),
        ("de", "Nach der gestrigen Abstimmung jubelten die Fischer.", [("gestrigen", "day-1")]),
        ("ru", "На сегодняшнем заседании в Ломе обсудили вчерашний указ.", [("сегодняшнем", "day+0"), ("вчерашний", "day-1")]),
        ("uk", "На сьогоднішньому засіданні обговорили торішні вибори.", [("сьогоднішньому", "day+0"), ("торішні", "year-1")]),
        # case endings glued to the words for a day or a year; a dative "bugüne kadar" is "so far", and "dünya" a world
        ("tr", "Geçtiğimiz yılın sonlarında anlaşma imzalandı.", [("Geçtiğimiz yılın", "year-1")]),
        ("tr", "Bugünkü toplantıda balıkçılar konuştu.", [("Bugünkü", "day+0")]),
        ("tr", "Bugüne kadar dünya basını yazmadı.", []),
        # a month with a case ending glued to it; a month that is also a noun only with a name's apostrophe
        (
            "tr",
            "Anlaşma kasımda imzalandı ve mayısta yürürlüğe girdi.",
            [("kasımda", (None, 11, None)), ("mayısta", (None, 5, None))],
        ),
        ("tr", "Anlaşma Ekim'de imzalandı.", [("Ekim'de", (None, 10, None))]),
        ("tr", "Bu aralıkta sayılar arttı.", []),
        ("tr", "Seçim 2024 yılının sonlarında yapıldı.", [("2024", (2024, None, None))]),
        # "this year" right before a day or a month is a day or a month of this year
        ("tr", "Bu yıl 4 Mayıs'ta yeni bir oylama yapılacak.", [("Bu yıl 4 Mayıs", "this-year-month")]),
        ("tr", "Geçen yıl kasımda anlaşma imzalandı.", [("Geçen yıl kasımda", "last-year-month")]),
        # a day and month with "last" or "next" after them, in every Romance language: counted from publication
        ("it", "Il 22 aprile scorso l'accordo è stato firmato a Lomé.", [("22 aprile scorso", "last-named-month")]),
        ("it", "Il porto riaprirà il 3 giugno prossimo.", [("3 giugno prossimo", "next-named-month")]),
        ("pt", "O acordo foi assinado em 22 de abril passado.", [("22 de abril passado", "last-named-month")]),
        ("es", "El puerto reabrirá el 3 de junio próximo.", [("3 de junio próximo", "next-named-month")]),
        ("fr", "Le port rouvrira le 3 juin prochain.", [("3 juin prochain", "next-named-month")]),
        # "this May", the year before, the start of the year
        ("en", "The port saw dramatic developments this May.", [("this May", "this-year-month")]),
        ("es", "Se pescó tanto como en todo el año anterior.", [("el año anterior", "last-year")]),
        ("pt", "Pescou-se tanto como o ano anterior.", [("o ano anterior", "last-year")]),
        ("it", "Si è pescato quanto l'anno precedente.", [("l'anno precedente", "last-year")]),
        ("fr", "On a pêché autant que l'année précédente.", [("l'année précédente", "last-year")]),
        ("es", "A principios de año se firmó el acuerdo.", [("principios de año", "this-year")]),
        ("pt", "No início do ano o acordo foi assinado.", [("início do ano", "this-year")]),
        ("it", "All'inizio dell'anno è stato firmato l'accordo.", [("inizio dell'anno", "this-year")]),
        ("fa", "قرارداد تا پایان سال امضا می‌شود.", [("پایان سال", "this-year")]),
        ("ar", "يوقع الاتفاق بحلول نهاية العام.", [("نهاية العام", "this-year")]),
        ("ru", "Соглашение подпишут в начале года.", [("в начале года", "this-year")]),
        ("uk", "Угоду підпишуть наприкінці року.", [("наприкінці року", "this-year")]),
        ("tr", "Anlaşma yıl sonunda imzalanacak.", [("yıl sonunda", "this-year")]),
        # the end of a stated year is that year's
        ("fa", "قرارداد در پایان سال ۲۰۲۳ امضا شد.", [("۲۰۲۳", (2023, None, None))]),
        # Persian writes the ezafe after a final "ه" as "ۀ": "هفتۀ گذشته" is "هفته گذشته"
        ("fa", "قرارداد صید هفتۀ گذشته امضا شد.", [("هفتۀ گذشته", "week-1")]),
        ("fa", "قرارداد تا پایان هفته امضا می‌شود.", [("پایان هفته", "some-weekend+0")]),
        # a range whose first date ends with the word for year, and one whose joiner is "zum"
        (
            "ru",
            "Порт был закрыт с июля 2022 года по 11 мая 2023 года.",
            [("июля 2022 года по 11 мая 2023", (2022, 7, None), (2023, 5, 11))],
        ),
        (
            "uk",
            "Порт був закритий з липня 2022 року по 11 травня 2023 року.",
            [("липня 2022 року по 11 травня 2023", (2022, 7, None), (2023, 5, 11))],
        ),
        (
            "ru",
            "Суда вышли 3 мая 2020 года и 11 июня 2021 года.",
            [("3 мая 2020", (2020, 5, 3)), ("11 июня 2021", (2021, 6, 11))],
        ),
        ("de", "Die Fischer tagten vom 3. zum 4. Dezember in Lomé.", [("3. zum 4. Dezember", (None, 12, 3), (None, 12, 4))]),
    ],
)
def test_forms_of_the_third_held_out_set(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a weekday beside the words for last, this or next week is one date: that weekday of that week
        (
            "de",
            "Die Fischer hatten am Sonntag vergangener Woche protestiert.",
            [("am Sonntag vergangener Woche", "weekday-of-week-1")],
        ),
        ("fa", "قرارداد صید چهارشنبۀ هفتۀ گذشته امضا شد.", [("چهارشنبۀ هفتۀ گذشته", "weekday-of-week-1")]),
        ("fr", "Le port a rouvert mercredi de la semaine dernière.", [("mercredi de la semaine dernière", "weekday-of-week-1")]),
        (
            "es",
            "El puerto reabrió el miércoles de la semana pasada.",
            [("el miércoles de la semana pasada", "weekday-of-week-1")],
        ),
        ("ru", "Порт открылся в среду на прошлой неделе.", [("в среду на прошлой неделе", "weekday-of-week-1")]),
        ("en", "The port reopens next week on Monday.", [("next week on Monday", "weekday-of-week+1")]),
        # two dates joined by "and" stay two
        (
            "en",
            "The port reopened on Wednesday and last week the boats sailed.",
            [("on Wednesday", "weekday"), ("last week", "week-1")],
        ),
    ],
)
def test_a_weekday_of_last_or_next_week(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_last_month_under_a_dateline_without_a_year_is_a_year_less_month(tmp_path: Path) -> None:
    text = (
        "Accordo sulla pesca\n\n"
        "Lomé, 5 ago. (Agenzia) - La protesta dei pescatori, iniziata il mese scorso nel porto, si è allargata.\n"
    )
    root = make_project(tmp_path, {"accordo.txt": text})
    site = build_project(root, tmp_path / "site")
    last = [e for e in read_json(site, "api/events.json") if e["date_text"] == "il mese scorso"]
    assert [(e["date"], e["date_basis"]) for e in last] == [("--07", "year-unknown")]


def test_last_summer_is_shown_unresolved_with_its_reason(tmp_path: Path) -> None:
    text = "---\ntitle: Port\npublished: 2024-03-06\n---\nLast summer the fishermen of Lomé blocked the port for a week.\n"
    root = make_project(tmp_path, {"port.md": text})
    site = build_project(root, tmp_path / "site")
    (event,) = read_json(site, "api/events.json")
    assert (event["date"], event["date_basis"], event["date_text"]) == (None, "unresolved", "Last summer")
    assert "names a season" in event["basis_reason"]


def test_a_weekday_of_last_week_is_exported_as_that_day(tmp_path: Path) -> None:
    # 6 March 2024 is a Wednesday: Sunday of last week is 3 March, Friday of last week 1 March
    text = (
        "---\ntitle: Fischereiabkommen\npublished: 2024-03-06\nlanguage: de\n---\n"
        "Die Fischer von Lomé hatten am Freitag vergangener Woche im Hafen gegen das Abkommen protestiert.\n"
    )
    root = make_project(tmp_path, {"abkommen.md": text})
    site = build_project(root, tmp_path / "site")
    (event,) = read_json(site, "api/events.json")
    assert (event["date"], event["date_basis"]) == ("2024-03-01", "relative")


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # vowel marks and tatweel, written or not, name the same words; the date keeps the text as written
        ("ar", "يلتقي الوفدان في لومي بعد غدٍ الاثنين.", [("بعد غدٍ الاثنين", "day+2")]),
        ("ar", "وُقِّعَ الاتفاقُ يومَ الثلاثاءِ ١٢ أغسطس ٢٠٢٥ في لومي.", [("يومَ الثلاثاءِ ١٢ أغسطس ٢٠٢٥", (2025, 8, 12))]),
        ("ar", "وُقِّعَ الاتفاق في 18 صفر 1447 هـ في لومي.", [("18 صفر 1447 هـ", (2025, 8, 12))]),
        ("fa", "قرارداد صید هفتهٔ گذشته امضا شد.", [("هفتهٔ گذشته", "week-1")]),
    ],
)
def test_arabic_script_vowel_marks(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("16 Dezember 07:41", True),  # a site's stamp without its year
        ("Mardi 3 mars, 18:00", True),
        ("Dec. 16, 10:30 am", True),
        ("16 Dezember", False),  # no time: above a headline it may head what the page is about
        ("Das Treffen 16 Dezember 07:41", False),
    ],
)
def test_a_day_and_month_beside_a_time_is_a_date_line(line: str, stamp: bool) -> None:
    assert is_date_line(line) is stamp


def test_a_stamp_with_a_day_and_month_and_a_time_is_a_year_less_publication_date(tmp_path: Path) -> None:
    text = "16 Dezember 07:41\n\nDas Fischereiabkommen von Lomé wurde am Montag von beiden Regierungen im Hafen unterzeichnet.\n"
    root = make_project(tmp_path, {"abkommen.txt": text})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert (briefing["published"], briefing["published_basis"]) == ("--12-16", "header")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_numeric_date_spaced_around_its_dashes_is_the_page_date(tmp_path: Path, language: str) -> None:
    body = {
        "ar": "وقعت توغو وجيرانها اتفاق الصيد في ميناء لومي بعد أشهر من المفاوضات بين الحكومتين.",
        "en": "Togo and its neighbours signed the fisheries agreement in the port of Lomé after months of talks.",
    }[language]
    assert published_of(tmp_path, f"10 - 05 - 2025\n\n{body}\n") == ("2025-05-10", "header")
