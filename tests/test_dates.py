"""Dates in many languages, read from locale data: the forms real articles use, and what is not a date.

These sentences are written for the tests; the accuracy on real articles is measured by `make eval`
(tests/data/realtext/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import published_header, published_lines, published_opening, realtext
from briefing.dates import find_dates
from briefing.extract import extract, split_sentences
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import ROOT, build_project, make_project, published_of, read_json


def read(sentence: str, language: str) -> list[tuple[str, tuple | None]]:
    """(text, (year, month, day) or the relative kind) of each date found."""
    return [(d.text, d.relative or (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("fr", "Les documents ont été signés le 22 juillet 2022 à Istanbul.", [("22 juillet 2022", (2022, 7, 22))]),
        ("fr", "Le 1er janv. 2023, il a parlé.", [("1er janv. 2023", (2023, 1, 1))]),
        ("es", "El acuerdo se firmó el 22 de julio de 2022.", [("22 de julio de 2022", (2022, 7, 22))]),
        ("pt", "O acordo foi assinado em 22 de julho de 2022.", [("22 de julho de 2022", (2022, 7, 22))]),
        ("it", "L'accordo è stato firmato il 22 luglio 2022.", [("22 luglio 2022", (2022, 7, 22))]),
        ("de", "Das Abkommen wurde am 22. Juli 2022 unterzeichnet.", [("22. Juli 2022", (2022, 7, 22))]),
        ("ru", "Соглашение подписано 22 июля 2022 года в Стамбуле.", [("22 июля 2022", (2022, 7, 22))]),
        ("ru", "В марте 2022 года переговоры продолжились.", [("марте 2022", (2022, 3, None))]),
        ("uk", "Угоду підписали 22 липня 2022 року.", [("22 липня 2022", (2022, 7, 22))]),
        ("tr", "Anlaşma 22 Temmuz 2022'de imzalandı.", [("22 Temmuz 2022", (2022, 7, 22))]),
        ("ar", "وقعت الاتفاقية في 22 يوليو 2022.", [("22 يوليو 2022", (2022, 7, 22))]),
        ("ar", "في ١٥ آذار ٢٠٢١م بدأت المحادثات.", [("١٥ آذار ٢٠٢١م", (2021, 3, 15))]),
        ("ar", "في الحادي والعشرين من شهر يوليو 2022 وقعت.", [("الحادي والعشرين من شهر يوليو 2022", (2022, 7, 21))]),
        ("fa", "این توافق در ۲۲ ژوئیه ۲۰۲۲ امضا شد.", [("۲۲ ژوئیه ۲۰۲۲", (2022, 7, 22))]),
        ("zh", "2016年7月12日，仲裁庭作出裁决。", [("2016年7月12日", (2016, 7, 12))]),
        (
            "en",
            "Talks began on Sept. 12 and resumed Jan. 16, 2018.",
            [("Sept. 12", (None, 9, 12)), ("Jan. 16, 2018", (2018, 1, 16))],
        ),
        ("en", "The ship left on 29th March 2023.", [("29th March 2023", (2023, 3, 29))]),
        ("fr", "Il est arrivé le 17/07/2023.", [("17/07/2023", (2023, 7, 17))]),
        ("ru", "Заявление опубликовано 17.07.2023.", [("17.07.2023", (2023, 7, 17))]),
        ("en", "It was signed on 07/22/2022 in Istanbul.", [("07/22/2022", (2022, 7, 22))]),
        ("tr", "Toplantı 4 Þub 2024 tarihinde yapıldı.", [("4 Þub 2024", (2024, 2, 4))]),  # read with the wrong code page
    ],
)
def test_absolute_dates_in_many_languages(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "kind"),
    [
        ("fr", "Il a annoncé hier sa décision.", "day-1"),
        ("ru", "Об этом вчера сообщил МИД.", "day-1"),
        ("ar", "أعلنت الوزارة أول أمس عن الاتفاق.", "day-2"),
        ("es", "La semana pasada se reunieron.", "week-1"),
        ("de", "Gestern wurde verhandelt.", "day-1"),
        ("tr", "Dün açıklama yapıldı.", "day-1"),
        ("uk", "Про це вчора повідомили.", "day-1"),
        ("fr", "Lundi dernier, Moscou a suspendu l'accord.", "weekday"),
    ],
)
def test_relative_dates_in_many_languages(language: str, sentence: str, kind: str) -> None:
    assert [d.relative for d in find_dates(sentence, language)] == [kind]


@pytest.mark.parametrize(
    ("language", "sentence", "first", "last"),
    [
        ("en", "Talks were held on 3 and 4 October 2022.", (2022, 10, 3), (2022, 10, 4)),
        ("fr", "Le sommet se tiendra du 3 au 5 octobre.", (None, 10, 3), (None, 10, 5)),
        ("en", "Drills took place March 8-9, 2021.", (2021, 3, 8), (2021, 3, 9)),
        ("ru", "Учения прошли 8–9 марта.", (None, 3, 8), (None, 3, 9)),
        ("en", "From 28 February to 3 March 2022 the port was closed.", (2022, 2, 28), (2022, 3, 3)),
        ("ru", "В сезоне 2021/2022 гг. экспорт вырос.", (2021, None, None), (2022, None, None)),
    ],
)
def test_ranges_keep_both_ends(language: str, sentence: str, first: tuple, last: tuple) -> None:
    (d,) = find_dates(sentence, language)
    assert ((d.year, d.month, d.day), d.last) == (first, last)


@pytest.mark.parametrize(
    ("language", "sentence", "year"),
    [
        ("fr", "La crise a commencé en 1999.", 1999),
        ("ru", "Это произошло в 2011 году.", 2011),
        ("ar", "تأسست المنظمة عام 2010.", 2010),
        ("en", "The alliance has grown since 2009.", 2009),
        ("tr", "Anlaşma 2020 yılında imzalandı.", 2020),
        ("de", "Seit 2014 herrscht Krieg.", 2014),
    ],
)
def test_a_bare_year_needs_a_cue_of_its_language(language: str, sentence: str, year: int) -> None:
    assert [(d.year, d.month) for d in find_dates(sentence, language)] == [(year, None)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The deal was worth $2022 million and moved 2,000 tonnes at 20:22 by 1700 ships."),
        ("en", "In the 1990s, 2016 ships passed."),
        ("fr", "L'initiative a permis d'exporter 32 millions de tonnes vers 45 pays en 120 jours."),
        ("ru", "Было вывезено 1500 тонн зерна и 2020 контейнеров."),
        ("en", "Resolution 2231 was adopted by 15 votes."),
        ("ar", "بلغت الصادرات 2000 طن من الحبوب."),
    ],
)
def test_numbers_that_are_not_dates(language: str, sentence: str) -> None:
    assert find_dates(sentence, language) == []


def test_a_day_that_does_not_exist_is_no_date() -> None:
    (d,) = find_dates("Il est arrivé le 31 février 2023.", "fr")
    assert d.invalid


def test_hijri_dates_are_converted_and_labelled() -> None:
    (d,) = find_dates("في 12 رمضان 1445 هـ وصل الوفد.", "ar")
    assert (d.year, d.month, d.day, d.calendar) == (2024, 3, 22, "hijri")


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "The talks began on Sept. 12 in Moscow. Mr. Smith arrived on Jan. 16, 2018. Then U.S. officials spoke.", 3),
        ("fr", "Le 1er janv. 2023, M. Dupont a parlé. Les documents ont été signés. Ensuite l'ONU a réagi.", 3),
        ("ru", "Соглашение подписано 22 июля 2022 г. в Стамбуле. В февр. 2023 г. его продлили.", 2),
        ("ar", "وقعت روسيا الاتفاق في 22 يوليو 2022. ماذا بعد؟ لا أحد يعلم.", 3),
    ],
)
def test_sentences_do_not_end_at_abbreviations(language: str, text: str, count: int) -> None:
    assert len(split_sentences(text, language)) == count


def test_a_year_less_date_stays_year_less_in_exports_and_pages(tmp_path: Path) -> None:
    text = "Navy ships meet at sea\n\nThe two navies met on Oct. 3 near the shoal, officials said.\n"
    root = make_project(tmp_path, {"yearless.txt": text})
    site = build_project(root, tmp_path / "site")
    (event,) = [e for e in read_json(site, "api/events.json") if "navies met" in e["quote"]]
    assert (event["date"], event["precision"], event["date_basis"]) == ("--10-03", "month-day", "year-unknown")
    (entry,) = [e for e in read_json(site, "api/chronology.json") if event["id"] in e["events"]]
    assert (entry["date"], entry["precision"]) == ("--10-03", "month-day")
    chronology = (site / "chronology/index.html").read_text(encoding="utf-8")
    assert "Year not stated" in chronology and "3 October (year not stated)" in chronology


@pytest.mark.parametrize("folder", ["realtext", "realtext-new-topics", "realtext-blind", "realtext-heldout", "realtext-heldout2"])
def test_real_text_accuracy_holds(folder: str) -> None:
    """The hand-annotated real articles of the sets tuned on (tests/data/realtext/, and the blind and held-out sets
    since they were opened): the event targets hold in every language, at least 90 % of the stated publication dates are found,
    none is claimed where another or none is stated, and no date is presented as stated that the text does not
    state."""
    report = realtext.score(sorted((ROOT / "tests/data" / folder).glob("*.yaml")), realtext.Report(), baseline=False)
    total = realtext.Score()
    for language, tally in report.by_language.items():
        assert min(tally.recall, tally.precision) >= 0.85, language
        total += tally
    assert total.recall >= 0.92 and total.precision >= 0.95
    found, stated, wrong = (sum(p[i] for p in report.published.values()) for i in (0, 1, 2))
    assert found / stated >= 0.90 and wrong == 0 and not report.invented


@pytest.mark.parametrize(
    ("language", "opening", "date", "yearless"),
    [
        ("en", "DOHA, Nov. 4 (QNA) — Qatar and NATO held talks on security cooperation.", None, "--11-04"),
        ("fr", "Paris, 2 avril 2024 (AFP) - Le ministre a annoncé un accord sur les céréales.", "2024-04-02", None),
        ("ru", "КИЕВ. 18 марта. УНН. Договор о зерновом соглашении продлен на 120 дней.", None, "--03-18"),
        ("ar", "موسكو 10 نوفمبر 2020 (شينخوا) أصدر رئيس أذربيجان بيانا مشتركا.", "2020-11-10", None),
        ("ar", "الدوحة - 4 نوفمبر 2023 - (قنا) عقدت قطر وحلف الناتو محادثات أمنية.", "2023-11-04", None),
        ("en", "Doha, Qatar, November 4, 2023 — Qatar and NATO held talks on security cooperation.", "2023-11-04", None),
        ("fr", "Le 19 septembre 2023, l'Azerbaïdjan a lancé une offensive militaire contre la région.", None, None),
    ],
)
def test_a_dateline_states_the_publication_date(language: str, opening: str, date: str | None, yearless: str | None) -> None:
    found = published_opening.from_dateline(opening, language)
    assert (found.date, found.yearless) == (date, yearless) if found else (date, yearless) == (None, None)


@pytest.mark.parametrize(
    ("language", "lines", "date", "basis"),
    [
        ("en", ["Updated: Tuesday Mar 5, 2024"], "2024-03-05", "updated-line"),
        ("ru", ["3 апреля 2023, 09:40"], "2023-04-03", "header"),
        ("de", ["01.08.2022 10:00", "Aktualisiert: 01.08.2022 10:06"], "2022-08-01", "header"),
        ("en", ["Published", "Nov 17, 2022 4:21 PM by The Maritime Executive"], "2022-11-17", "header"),
        ("ar", ["الثلاثاء 12 أغسطس 2025 11:02 مـ 18 صفر 1447 هـ"], "2025-08-12", "header"),
        ("ar", ["السبت 22 ربيع الآخر 1445 هـ - 4 نوفمبر 2023 م"], "2023-11-04", "header"),  # the Gregorian date
    ],
)
def test_a_date_line_states_the_publication_date(language: str, lines: list[str], date: str, basis: str) -> None:
    found = published_header.from_header(lines, language)
    assert found is not None and (found.date, found.basis) == (date, basis)


def test_a_short_sentence_with_a_year_is_no_date_line() -> None:
    assert not published_lines.is_date_line("Kuwait opened an embassy in 1950.")
    assert published_lines.is_date_line("The Hague, 24 November 2015")


# The first paragraphs of a page in each language (written for the tests)
LEDE = {
    "en": "The government approved the decree on grain exports after a long night of talks.\n\nIt takes effect soon.\n",
    "es": "El gobierno aprobó el decreto sobre las exportaciones de cereales tras una larga noche.\n\nEntra en vigor pronto.\n",
    "fr": "Le gouvernement a approuvé le décret sur les exportations de céréales après une nuit.\n\nIl entre en vigueur.\n",
    "it": "Il governo ha approvato il decreto sulle esportazioni di cereali dopo una lunga notte di colloqui.\n",
    "ru": "Правительство одобрило указ об экспорте зерна после долгой ночи переговоров с партнерами.\n",
    "uk": "Уряд ухвалив постанову про експорт зерна після довгої ночі переговорів з партнерами.\n",
    "zh": "政府在经过一整夜的谈判后批准了关于粮食出口的法令。该法令将于下月生效。\n",
}
EN, ES, FR, IT, RU, UK, ZH = (LEDE[k] for k in ("en", "es", "fr", "it", "ru", "uk", "zh"))


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # parts of one header line: a date and a time, a credit and a date
        ("El corredor reabre\nlunes 4 de marzo de 2024 | 10:42hs.\n\n" + ES, ("2024-03-04", "header")),
        ("Se connecter. Le corridor céréalier rouvre Agence • 04/03/2024 à 10:00\n\n" + FR, ("2024-03-04", "header")),
        # the site's clock above the masthead is later than the article's own date line
        ("lundi 11 mars 2024 Paris\nLe corridor céréalier rouvre\nlundi 4 mars 2024 10:42\n\n" + FR, ("2024-03-04", "header")),
        ("lundi 4 mars 2024\nLe corridor céréalier rouvre\n\n" + FR, ("2024-03-04", "header")),
        ("Зерновой коридор\n© И. Петров, 04.03.2024\n\n" + RU, ("2024-03-04", "header")),
        ("Grain corridor reopens\nBy Jane Doe, 4 March 2024\n\n" + EN, ("2024-03-04", "header")),
        ("Communiqué de presse\nParis, le 4 mars 2024\n\n" + FR, ("2024-03-04", "header")),
        ("Grain corridor reopens\nBy Jane DoeUpdated: Mar. 4, 2024, 10:42 a.m. ET\n\n" + EN, ("2024-03-04", "updated-line")),
        ("Зерновой коридор\nИван ПетровОбновлено: 04.03.2024\n\n" + RU, ("2024-03-04", "updated-line")),
        ("Le corridor rouvre\nDernière mise à jour à 10h42 le 04/03\n\n" + FR, ("--03-04", "updated-line")),
        # a header the scraper glued to the text's first line
        ("(Di lunedì 4 marzo 2024) " + IT, ("2024-03-04", "header")),
        ("Зерновий коридор\n4 березня 2024 р." + UK, ("2024-03-04", "header")),
        ("MEDIA NOTE OFFICE OF THE SPOKESPERSON MARCH 4, 2024 " + EN, ("2024-03-04", "header")),
        ("Grain corridor reopens in Odesa Monday, 4 March 2024 (2 hours ago)\n\n" + EN, ("2024-03-04", "header")),
        ("粮食走廊重新开放 Mar 4, 2024 " + ZH, ("2024-03-04", "header")),
        ("4 March 2024 – (Odesa) " + EN, ("2024-03-04", "dateline")),
        # dates of what the page is about, not of the page
        ("Siege of the port\nFrom Wikipedia, the free encyclopedia\nDate 4 March 2024\n\n" + EN, (None, "not-stated")),
        ("Grain corridor\nDate 4–5 March 2024\n\n" + EN, (None, "not-stated")),
        ("4 mars 2024\nUkraine - Russie. Reprise du corridor céréalier\n\n" + FR, (None, "not-stated")),  # a chronicle
        ("Grain corridor\nStart date | 4 March 2024 |\n\n" + EN, (None, "not-stated")),
        ("Le corridor céréalier\n\n" + FR + "\nParis, le 4 mars 2024\n", (None, "not-stated")),
        ("March 4, 2024 - " + EN, (None, "not-stated")),
        ("Grain corridor reopens\n\nOfficials met on Monday, 4 March 2024\n\n" + EN, (None, "not-stated")),
    ],
)
def test_the_publication_date_stated_in_the_first_lines(tmp_path: Path, text: str, stated: tuple[str | None, str]) -> None:
    assert published_of(tmp_path, text) == stated


def test_a_header_date_glued_to_the_text_is_the_pages_date_not_an_event(tmp_path: Path) -> None:
    text = "Grain corridor reopens\n\n(Di lunedì 4 marzo 2024) Il governo ha approvato il decreto il 1 marzo 2024.\n"
    root = make_project(tmp_path, {"glued.txt": text})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert (briefing["published"], briefing["published_basis"]) == ("2024-03-04", "header")
    assert [e["date"] for e in read_json(site, "api/events.json")] == ["2024-03-01"]
    page = (site / "briefings" / briefing["id"] / "index.html").read_text(encoding="utf-8")
    assert "read from the page&#39;s date line: <q>(Di lunedì 4 marzo 2024</q>" in page  # the line it was read from


def test_a_quotation_attributed_after_a_dash_is_text_not_a_photo_caption(tmp_path: Path) -> None:
    quote = '"Соглашение подписано 18 марта 2024 года в Стамбуле", - следует из сообщения.'
    text = f"Зерновой коридор\n19 марта 2024 / 14:30\n\n{quote}\n"
    root = make_project(tmp_path, {"quote.txt": text})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/quote.txt", root), registry)
    assert briefing.published.date == "2024-03-19"
    assert [e.date for e in briefing.events] == ["2024-03-18"]


def test_fullwidth_digits_are_read_as_any_other_scripts_digits():
    # Chinese and Japanese text often writes its figures full width: the year is read as well as the month and day
    (mention,) = find_dates("２０２４年３月４日，会议举行。", "zh")
    assert (mention.year, mention.month, mention.day) == (2024, 3, 4)
    assert mention.text == "２０２４年３月４日"
