"""A language with no data file, read from locale data alone: a language dateparser files under another code, an
agency's dateline without a comma after its place, and days and months in figures where CLDR's words for a day or
a part of a day stand before them; on made-up sentences, in languages of none of the real-text sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.actors import find_actors
from briefing.dates import find_dates
from briefing.published_opening import from_dateline
from conftest import build_project, make_project, read_json


def read(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


def test_a_norwegian_source_is_read_with_bokmals_date_words(tmp_path: Path) -> None:
    # py3langid says "no", dateparser files Bokmål as "nb": the relative words are its
    text = (
        "Ny bro over fjorden\n\n"
        "Oslo, 12. mars 2024 (NTB) – Kommunen åpnet i går den nye brua over fjorden etter tre års arbeid. "
        "Veivesenet sier at trafikken over brua har vært større enn ventet, og at flere busser skal kjøre der "
        "fra neste måned.\n"
    )
    root = make_project(tmp_path, {"bro.txt": text})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert briefing["language"] == "no"
    relative = {e["date"] for e in read_json(site, "api/events.json") if e["date_basis"] == "relative"}
    assert "2024-03-11" in relative


@pytest.mark.parametrize(
    ("language", "paragraph", "yearless"),
    [
        ("hr", "Zagreb 9. srpnja (Hina) - Vlada je u subotu prihvatila prijedlog zakona.", "--07-09"),
        ("et", "Tallinn 9. juuli (BNS) – Valitsus kiitis laupäeval eelnõu heaks.", "--07-09"),
        ("hr", "Split/Zadar 4. ožujka (Hina) - Lučke vlasti zatvorile su oba pristaništa.", "--03-04"),
    ],
)
def test_a_place_then_a_day_and_the_agency_in_parentheses_is_a_dateline(language: str, paragraph: str, yearless: str) -> None:
    published = from_dateline(paragraph, language)
    assert published is not None and published.yearless == yearless


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        ("hr", "Vlada je 9. srpnja (Hina) - prihvatila prijedlog."),  # a sentence's words before the date
        ("hr", "Predsjednik Vlade 9. srpnja rekao je da prijedlog stoji."),  # no agency, no dash
    ],
)
def test_words_of_a_sentence_before_a_date_are_no_datelines_place(language: str, paragraph: str) -> None:
    assert from_dateline(paragraph, language) is None


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ms", "Kapal itu tenggelam pagi 10/3 di Selat Melaka.", [("pagi 10/3", (None, 3, 10))]),  # a part of a day
        ("ms", "Kapal itu tenggelam pada hari 10.3 di Selat Melaka.", [("hari 10.3", (None, 3, 10))]),  # the word for day
        ("sl", "Vlada je včeraj (13.3.) sprejela sklep.", [("včeraj (13.3", (None, 3, 13))]),  # yesterday, then the day
        ("hr", "Sastanak (14.8.) je odgođen do jeseni.", [("(14.8.)", (None, 8, 14))]),  # dotted as CLDR's "d. M. y"
        ("ms", "Kapal itu tenggelam pada hari 16/4/2014 di Selat Melaka.", [("16/4/2014", (2014, 4, 16))]),
    ],
)
def test_a_day_and_month_in_figures_after_a_word_for_a_day_is_a_date(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ms", "Kapal itu bertolak pagi 10.30 dari Melaka."),  # a time: no month 30
        ("ms", "Harga minyak naik 10.3 peratus tahun ini."),  # no word for a day before it
        ("ms", "Sebanyak (3/4) penduduk kampung itu bersetuju."),  # slashed in parentheses: a fraction
    ],
)
def test_figures_without_a_word_for_a_day_or_with_minutes_are_no_date(language: str, sentence: str) -> None:
    assert [d for d in find_dates(sentence, language) if d.month] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Skipið sökk í 2005 við Suðuroy.", [("2005", (2005, None, None))]),
        ("Skipið sökk í oktober við Suðuroy.", [("oktober", (None, 10, None))]),
    ],
)
def test_the_word_for_in_that_opens_the_phrases_for_today_and_this_year_cues_a_year_and_a_month(
    sentence: str, expected: list
) -> None:
    # Faroese "í dag", "í gjár", "í ár": the word before "year" in "this year" opens phrases of other days too
    assert [(text, date) for text, date in read(sentence, "fo")] == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fo", "Brunnurin er í 1500 metrar dýpi."),  # a count of a unit CLDR names
        ("nl", "Het bedrijf telde dit 2005 werknemers."),  # "dit jaar": "this" opens phrases of the present only
    ],
)
def test_a_count_of_a_unit_or_a_word_for_this_gives_no_year(language: str, sentence: str) -> None:
    assert find_dates(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "company"),
    [
        ("sl", "Letalo družbe Adria Airways je včeraj pristalo v Ljubljani.", "Adria Airways"),
        ("lt", "Lėktuvas, kurį valdė bendrovė Baltic Airlines, nusileido Vilniuje.", "Baltic Airlines"),
    ],
)
def test_a_company_closed_by_a_head_word_the_covered_languages_share_is_an_organisation(
    language: str, sentence: str, company: str
) -> None:
    found = {(a.name, a.kind) for a in find_actors(sentence, language)}
    assert (company, "organisation") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lennufirma tellis kümme Airbus A321 XLR lennukit ja kaks MAX 9 lennukit.", set()),  # models beside figures
        ("Aruande avaldas eile RIKS ja valitsus kiitis selle heaks.", {("RIKS", "organisation")}),
    ],
)
def test_an_acronym_beside_a_figure_is_a_models_name_not_a_body(sentence: str, expected: set) -> None:
    assert {(a.name, a.kind) for a in find_actors(sentence, "et") if a.detected} == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("lt", "Sutartis pasirašyta 2016 m. liepos mėnesį.", [("2016 m. liepos", (2016, 7, None))]),  # "y 'm'. LLLL"
        ("lv", "Līgums tika parakstīts 2016. g. jūlijs.", [("2016. g. jūlijs", (2016, 7, None))]),  # "y. 'g'. MMMM"
    ],
)
def test_a_month_and_year_in_the_order_and_words_of_cldrs_month_and_year(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sabor je u kolovozu izglasao zakon.", [("kolovozu", (None, 8, None))]),  # genitive "kolovoza", locative "-u"
        ("U siječnju je pao snijeg u Zagrebu.", [("siječnju", (None, 1, None))]),
        ("Kolovozski festival počinje sutra navečer.", []),  # an adjective: a consonant ending
    ],
)
def test_a_months_genitive_stem_with_another_cases_vowel_is_the_month(sentence: str, expected: list) -> None:
    assert [(text, date) for text, date in read(sentence, "hr") if date[1]] == expected


def test_a_date_line_beside_the_sites_weather_box_is_its_clock_not_the_pages_date(tmp_path: Path) -> None:
    bridge = "Nova brv čez reko\n\nObčina je odprla novo brv čez reko po dveh letih gradnje.\n"
    school = "Nova šola v mestu\n\nObčina je odprla novo šolo po treh letih gradnje.\n"
    sources = {
        "brv.txt": "12 °C\nLjubljana\nSreda, 21. januar 2026\n\n" + bridge,
        "sola.txt": "Sreda, 21. januar 2026\n\n" + school,
    }
    site = build_project(make_project(tmp_path, sources), tmp_path / "site")
    published = {b["title"]: b["published"] for b in read_json(site, "api/briefings.json")}
    assert published == {"Nova brv čez reko": None, "Nova šola v mestu": "2026-01-21"}
