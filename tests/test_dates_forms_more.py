"""More date forms real articles use, one test case per general rule (issue 14, the blind set's misses):
a weekday before the second day of a range, an article inside a range's words, a range of years with the
word for years after it, cue words and synonyms from the language files, "today (the 8th)", and publication
dates as sites stamp them. Every sentence and header is written for the tests, on a fisheries agreement
signed in Lomé; the accuracy on real articles is measured by `make eval`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from briefing.dates import find_dates
from briefing.load import load_source
from conftest import make_project, published_of


def read(sentence: str, language: str) -> list[tuple[str, object]]:
    """(text, relative kind or (year, month, day), last day of a range) of each date found."""
    return [(d.text, d.relative or (d.year, d.month, d.day), d.last) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the second day of a range with its weekday; the first day's weekday joins it
        ("it", "Tra venerdì 3 e sabato 4 maggio scioperarono.", [("venerdì 3 e sabato 4 maggio", (None, 5, 3), (None, 5, 4))]),
        ("fr", "Du lundi 6 au mardi 7 mai, le port reste fermé.", [("lundi 6 au mardi 7 mai", (None, 5, 6), (None, 5, 7))]),
        # an article inside the words of a range, after its "between"
        ("fr", "Entre le 2 mars et le 5 avril, les prises ont doublé.", [("2 mars et le 5 avril", (None, 3, 2), (None, 4, 5))]),
        ("it", "Tra il 2015 e il 2019 le quote sono scese.", [("2015 e il 2019", (2015, None, None), (2019, None, None))]),
        # without a "between", "et le" joins two dates, not a range
        ("fr", "Partis le 2 mars et le 5 avril de Lomé.", [("2 mars", (None, 3, 2), None), ("5 avril", (None, 4, 5), None)]),
        # a range of years told by the word for years after it
        ("tr", "Anlaşma 2015 ile 2019 yılları arasında uygulandı.", [("2015 ile 2019", (2015, None, None), (2019, None, None))]),
        # a month with a cue of the language file: "elezioni di novembre", "il mese di giugno", "no começo de"
        ("it", "Le quote saranno riviste nel mese di giugno.", [("giugno", (None, 6, None), None)]),
        ("pt", "A frota voltou ao mar no começo de fevereiro.", [("fevereiro", (None, 2, None), None)]),
        # a year after a weak cue: German capitalises nouns, so a lower-case word after it is no counted noun
        ("de", "Das Abkommen von 2012 galt vorerst weiter.", [("2012", (2012, None, None), None)]),
        ("uk", "Угоду підписали ще у 2012-го, нагадали в міністерстві.", [("2012", (2012, None, None), None)]),
        ("it", "Gli accordi del 2012 sotto la presidenza di allora.", [("2012", (2012, None, None), None)]),
        # names the locale data lacks: German "Sonnabend", Persian "آگوست", Chinese short weekdays
        ("de", "Die Flotte lief am Sonnabend aus.", [("am Sonnabend", "weekday", None)]),
        ("fa", "ناوگان در آگوست به بندر لومه رسید.", [("آگوست", (None, 8, None), None)]),
        ("zh", "渔船上周六返回洛美港。", [("上周六", "weekday-of-week-1", None)]),  # Saturday of last week (weeks from Monday)
        ("zh", "部长今下午在洛美签署协定。", [("今下午", "day+0", None)]),
        ("it", "L'accordo è stato firmato la scorsa settimana.", [("la scorsa settimana", "week-1", None)]),
        # "today (the 8th)": one day, said twice
        ("zh", "双方今天(8日)在洛美签署协定。", [("今天(8日)", "day+0", None)]),
        ("pt", "O acordo foi assinado neste domingo (8) em Lomé.", [("neste domingo (8)", "weekday", None)]),
        # a weekday beside the day it names, the day in quotation marks
        ("ar", "وقع الاتفاق فجر الاثنين «الأول من مارس 2021» في لومي.", [("الاثنين «الأول من مارس 2021", (2021, 3, 1), None)]),
        # a month "of last year" or "of this year" is one date, not a month and a year
        ("pt", "Em outubro do ano passado, a frota parou.", [("outubro do ano passado", "last-year-month", None)]),
        ("es", "En marzo de este año cerró el puerto.", [("marzo de este año", "this-year-month", None)]),
        ("fr", "En octobre de l'année dernière, le port a fermé.", [("octobre de l'année dernière", "last-year-month", None)]),
        # a month's second name misspelt, the year after it ("تموز" typed "نموز")
        ("ar", "وقع الاتفاق في 12 يوليو/نموز 2024 في لومي.", [("12 يوليو/نموز 2024", (2024, 7, 12), None)]),
        # a count back from now with a verb of state before it is a duration, not a date
        ("pt", "O acordo foi assinado há três anos.", [("há três anos", "year-3", None)]),
        # an ordinal after a word for a part of a month counts the part, not the day
        ("ar", "تبدأ الشحنات في النصف الثاني من شهر أغسطس في لومي.", [("أغسطس", (None, 8, None), None)]),
        ("ar", "تبدأ الشحنات في الثاني من شهر أغسطس في لومي.", [("الثاني من شهر أغسطس", (None, 8, 2), None)]),
        ("fa", "صید در نیمه دوم مرداد آغاز شد.", []),
        # a day and a range joiner before a day named relative to now: one range
        ("fr", "Du 8 au 27 mars dernier, le port a fermé.", [("8 au 27 mars dernier", "last-named-month", (None, 3, 27))]),
        # days written as ordinals in the genitive
        ("ru", "Двенадцатого марта соглашение вступило в силу.", [("Двенадцатого марта", (None, 3, 12), None)]),
        ("uk", "Угоду підписали двадцять першого березня 2024 року.", [("двадцять першого березня 2024", (2024, 3, 21), None)]),
        # a day with the article glued to it by a tatweel, before a month named relative to now
        ("ar", "يبدأ الموسم في الـ12 من يوليو المقبل في لومي.", [("الـ12 من يوليو المقبل", "next-named-month", None)]),
        # the end of the month or year of writing; a month after "für"; a year after "l'été" with a preposition next
        ("de", "Bis Ende des Monats soll die Flotte auslaufen.", [("Ende des Monats", "this-month", None)]),
        ("de", "Vor dem für August geplanten Besuch wurde verhandelt.", [("August", (None, 8, None), None)]),
        ("fr", "L'accord signé à l'été 2022 sous l'égide de l'ONU.", [("2022", (2022, None, None), None)]),
        # a weekday joined to the next: one span ("the night of Saturday to Sunday"), its stated day if any
        ("fr", "Dans la nuit de samedi à dimanche, le port a brûlé.", [("samedi à dimanche", "weekday", None)]),
        ("it", "Tra sabato e domenica 8 maggio il porto ha chiuso.", [("sabato e domenica 8 maggio", (None, 5, 8), None)]),
        ("fr", "Samedi et dimanche, le port a fermé.", [("Samedi", "weekday", None), ("dimanche", "weekday", None)]),
        # a later day of the month a whole date states: a range
        ("zh", "2023年9月19日至20日双方在洛美谈判。", [("2023年9月19日至20日", (2023, 9, 19), (None, 9, 20))]),
        # a range of months after a "from", with the year after them if stated
        ("ar", "صدرت الشحنات في الفترة من يناير إلى مارس من لومي.", [("يناير إلى مارس", (None, 1, None), (None, 3, None))]),
        ("en", "Catches fell from January to March 2024 in Lomé.", [("January to March 2024", (2024, 1, None), (2024, 3, None))]),
        ("fr", "Il a parlé de mars à la radio.", []),  # "de mars": of March, and no second month
        # a month of last year in Turkish
        ("tr", "Anlaşma geçen yıl Temmuz ayında imzalandı.", [("geçen yıl Temmuz ayında", "last-year-month", None)]),
        # a Hijri month is the range of Gregorian days it spans; a Solar Hijri one the Gregorian month covering most
        # of it, as Iranian texts translate it (Azar 1403 runs from 21 November to 20 December 2024)
        ("fa", "عملیات در آذر ۱۴۰۳ آغاز شد.", [("آذر ۱۴۰۳", (2024, 12, None), None)]),
        ("ar", "بدأ البرنامج في رمضان 1445 هـ في لومي.", [("رمضان 1445 هـ", (2024, 3, 11), (2024, 4, 9))]),
        # a month in Chinese figures names a month on its own; a count of months does not
        ("zh", "安理会9月批准了渔业协定。", [("9月", (None, 9, None), None)]),
        ("zh", "为期6个月的渔业协定已经生效。", []),
        # a season before a year states the year
        ("ar", "بدأ الموسم في خريف 2020، في لومي.", [("2020", (2020, None, None), None)]),
        ("de", "Im Sommer 2022 wurde in Lomé verhandelt.", [("2022", (2022, None, None), None)]),
        ("de", "Im Winter 2000 Fischer in Lomé.", []),  # a count of fishermen
        # two names of one day joined by "that is"
        ("ar", "يوقع الاتفاق الثلاثاء الموافق 12 مارس 2024 في لومي.", [("الثلاثاء الموافق 12 مارس 2024", (2024, 3, 12), None)]),
        # a count ahead after "for" is how long, not when
        ("fa", "قرارداد صید برای 60 روز دیگر تمدید شد.", []),
        ("fa", "قرارداد صید 60 روز دیگر تمدید می‌شود.", [("60 روز دیگر", "day+60", None)]),
        # a year followed by a comma is no count of weeks ("em 2021, sem" is not "in 2021 weeks")
        ("pt", "O acordo expirou em 2021, sem renovação.", [("2021", (2021, None, None), None)]),
    ],
)
def test_more_forms(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Es kamen zwischen 2013 und 2020 Fischer zum Hafen."),  # counted people after the range
        ("de", "Die Quote stieg von 2000 Tonnen auf mehr."),  # a count of tonnes after a weak cue
        ("pt", "O ministro está no cargo há três anos."),  # how long, not when
        ("pt", "A greve, que dura há oito dias, parou o porto."),
        ("es", "El ministro gobierna el puerto desde hace 14 años."),
    ],
)
def test_still_no_date(language: str, sentence: str) -> None:
    assert find_dates(sentence, language) == []


EN = "The government approved the fisheries agreement after a long night of talks with its neighbours.\n"
PT = "O governo aprovou o acordo de pesca depois de uma longa noite de negociações com os vizinhos.\n"
IT = "Il governo ha approvato l'accordo sulla pesca dopo una lunga notte di trattative con i vicini.\n"
RU = "Правительство одобрило соглашение о рыболовстве после долгой ночи переговоров с соседями.\n"
AR_CAPTION = "صورة تظهر صيادين في ميناء لومي يوم 4 مارس 2024. (وكالة)\n\n"


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # a weekday, the date and a dash open the text: a dateline with no place
        ("Fisheries deal signed\n\nMonday, March 4, 2024 – " + EN, ("2024-03-04", "dateline")),
        # without the weekday, a date and a dash may be the date of what the text reports
        ("Fisheries deal signed\n\nMarch 4, 2024 – " + EN, (None, "not-stated")),
        # a stamp with a two-digit year and a time, glued to the text
        ("Acordo de pesca assinado em Lomé\n\nDomingo 03/03/24 - 8h08" + PT, ("2024-03-03", "header")),
        # an agency's dateline: a place opening in capitals, a two-digit year, a full stop, the text
        ("Accordo sulla pesca\n\nTOGO Lomé 4/3/24. " + IT, ("2024-03-04", "dateline")),
        ("Accordo sulla pesca\n\nIl Togo 4/3/24. " + IT, (None, "not-stated")),
        # a table row of one labelled cell is the page's own date line; an infobox row is not
        ("Acordo de pesca assinado em Lomé |\n| Date: Mar 4, 2024 |\n\n" + PT, ("2024-03-04", "header")),
        ("Acordo de pesca\nStart date | 4 March 2024 |\n\n" + PT, (None, "not-stated")),
        # a date above the headline with its day zero-padded is a site's stamp, not a chronicle's heading
        ("04 марта 2024\n\nСоглашение о рыболовстве подписано\n\n" + RU, ("2024-03-04", "header")),
        ("4 марта 2024\n\nСоглашение о рыболовстве подписано\n\n" + RU, (None, "not-stated")),
        # a site's own date in the language of the country it publishes from (a Russian page of a Ukrainian site)
        ("Соглашение о рыболовстве подписано\nОльга Петренко 4 Березня 2024 12:28\n\n" + RU, ("2024-03-04", "header")),
        # year first with a space after each dot
        ("2024. 03. 04.\nAcordo de pesca assinado em Lomé\n\n" + PT, ("2024-03-04", "header")),
        # an Arabic dateline under a caption: a place with no comma, the date, the agency
        (
            "اتفاق الصيد في لومي\n\n" + AR_CAPTION + "لومي 4 مارس 2024 (وكالة) وقعت الحكومة اتفاق الصيد مع جيرانها.\n",
            ("2024-03-04", "dateline"),
        ),
    ],
)
def test_publication_dates_as_sites_stamp_them(tmp_path: Path, text: str, stated: tuple[str | None, str]) -> None:
    assert published_of(tmp_path, text) == stated


def test_a_sentence_with_reference_marks_is_text_not_a_heading(tmp_path: Path) -> None:
    """An encyclopedia's sentence ends with its notes ("….[7][8]"): it is a paragraph, and its dates are read."""
    text = "Lomé anlaşması\n\nLomé anlaşması, Togo ile komşuları arasında balıkçılık üzerine bir anlaşmadır.\n\n"
    noted = "Anlaşma Haziran 2015'te Lomé'de iki ülkenin bakanları tarafından imzalandı.[7][8]"
    root = make_project(tmp_path, {"page.txt": text + noted + "\n"})
    blocks = load_source(root / "sources/page.txt", root).blocks
    assert [(b.kind, b.text) for b in blocks][-1] == ("paragraph", noted)


def test_a_quotation_ending_the_sentence_is_text_not_a_heading(tmp_path: Path) -> None:
    """A sentence whose full stop stands inside its closing quotation mark ("…明年1月。」") is a paragraph."""
    lede = "洛美渔业协定今天签署，双方同意共同管理沿海渔业资源。\n\n"
    quoted = "他说：「首批渔船预计在明年1月返回洛美港。」"
    root = make_project(tmp_path, {"page.txt": "洛美渔业协定\n\n" + lede + quoted + "\n"})
    blocks = load_source(root / "sources/page.txt", root).blocks
    assert [(b.kind, b.text) for b in blocks][-1] == ("paragraph", quoted)


@pytest.mark.parametrize("language", ["fr", "de", "tr", "nl", "sv"])
def test_a_languages_date_words_do_not_depend_on_which_language_was_read_before(language: str) -> None:
    """Babel resolves an inherited stand-alone month name through data its locales share: after a Chinese text,
    French stand-alone months read "一月". The date words are the same whichever source came first."""
    script = (
        "import json, sys\n"
        "from briefing import datewords\n"
        "for first in sys.argv[2:]:\n"
        "    datewords.words(first)\n"
        "w = datewords.words(sys.argv[1])\n"
        "print(json.dumps([sorted(w.months.items()), sorted(w.weekdays.items())]))\n"
    )
    alone = subprocess.run([sys.executable, "-c", script, language], capture_output=True, text=True, check=True)
    after = subprocess.run([sys.executable, "-c", script, language, "zh"], capture_output=True, text=True, check=True)
    assert "一月" not in after.stdout
    assert after.stdout == alone.stdout
