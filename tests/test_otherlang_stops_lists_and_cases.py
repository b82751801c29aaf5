"""A language with no data file, read from Unicode's and CLDR's data alone: a script's own full stop ends a
sentence, CLDR's list words ("and", "or") join years and days, dateparser's relative phrases take case endings,
a year bears an ordinal's dot before the word for "year", a month's name its case ending after a day; a state's
short name takes the ending its script glues to it, and its name as the covered Latin languages write it is
read in any Latin-script language; on made-up sentences, in languages of none of the real-text sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.actors import find_actors
from briefing.dates import find_dates
from briefing.published_opening import from_dateline
from conftest import build_project, make_project, read_json


def read(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "text", "weekday"),
    [
        (
            "ne",
            "काठमाडौं महानगरपालिकाले नयाँ पुल निर्माणको काम सुरु गरेको छ।\n\n"
            "नगरपालिकाले यस विषयमा विस्तृत जानकारी दिएको छैन।\n\n"
            "बुधबार नगरपालिकाको बैठक बस्यो।\n",
            "बुधबार",
        ),
        (
            "hy",
            "Երևանի քաղաքապետարանը սկսել է նոր կամրջի շինարարությունը։\n\n"
            "Աշխատանքները կավարտվեն մեկ տարի անց։\n\n"
            "Չորեքշաբթի քաղաքապետը այցելեց կամուրջ։\n",
            "Չորեքշաբթի",
        ),
    ],
)
def test_a_short_paragraph_ending_with_its_scripts_full_stop_is_a_sentence(
    tmp_path: Path, language: str, text: str, weekday: str
) -> None:
    # a line without the Latin full stop was read as a heading, whose relative dates are none
    root = make_project(tmp_path, {"bridge.txt": text})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert briefing["language"] == language
    events = read_json(site, "api/events.json")
    assert any(e["date_text"] == weekday and e["date_basis"] == "unresolved" for e in events)
    page = next((site / "briefings").glob("*/index.html")).read_text(encoding="utf-8")
    assert not any(f"<h3>{line}" in page for line in text.splitlines() if line)


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Kazi ilifanywa huko Oslo mwaka 1979, 1984, 1996 na 2001.", "sw", [1979, 1984, 1996, 2001]),
        ("Il travaillait à Riga en 1979, 1984, 1996 et 2001.", "fr", [1979, 1984, 1996, 2001]),
        ("У Риги је радио године 1979, 1984, 1996 и 2001.", "sr", [1979, 1984, 1996, 2001]),
        ("Dia bekerja di Melaka pada tahun 1979, 1984, 1996 dan 2001.", "ms", [1979, 1984, 1996, 2001]),
    ],
)
def test_years_listed_with_the_languages_and_are_all_years(sentence: str, language: str, expected: list[int]) -> None:
    # CLDR's list pattern "{0} и {1}" gives the word that joins the last year: a function word, no counted noun
    assert [d.year for d in find_dates(sentence, language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Kiwanda kilitoa mwaka 1979 tani 1984 na 2001 magunia.", "sw"),  # counts of tonnes and sacks
        ("Rūpnīca 2019. gadā saražoja 1984 un 2001 tonnas.", "lv"),
    ],
)
def test_a_count_after_the_languages_and_stays_a_count(sentence: str, language: str) -> None:
    assert 2001 not in [d.year for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "kind"),
    [
        ("Vyriausybė praėjusios savaitės pabaigoje paskelbė naują įstatymą.", "lt", "praėjusios savaitės", "week-1"),
        ("Hökumət keçən həftədə yeni qanun elan etdi.", "az", "keçən həftədə", "week-1"),
        ("Kerajaan akan mengumumkan undang-undang baharu minggu depan.", "ms", "minggu depan", "week+1"),
    ],
)
def test_relative_phrases_in_a_case_the_locale_data_does_not_write(sentence: str, language: str, phrase: str, kind: str) -> None:
    found = [(d.text, d.relative) for d in find_dates(sentence, language)]
    assert (phrase, kind) in found


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Praėjusios sezono pabaigoje komanda laimėjo.", "lt"),  # "last season": no unit of time CLDR names
        ("Mchezo wa wiki iliyopangwa haukufanyika.", "sw"),  # "the planned week's game": not "last week"
    ],
)
def test_a_modifier_beside_another_word_is_no_relative_date(sentence: str, language: str) -> None:
    assert not [d for d in find_dates(sentence, language) if d.relative]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Mkataba ulisainiwa Februari 4 mwaka 1999 mjini Mombasa.", "sw", ("Februari 4 mwaka 1999", (1999, 2, 4))),
        ("Mkataba ulisainiwa 4 Februari mwaka 1999 mjini Mombasa.", "sw", ("4 Februari mwaka 1999", (1999, 2, 4))),
        ("Perjanjian itu ditandatangani 4 Februari tahun 1999 di Melaka.", "ms", ("4 Februari tahun 1999", (1999, 2, 4))),
    ],
)
def test_the_word_for_year_between_a_month_and_its_year(sentence: str, language: str, expected: tuple) -> None:
    assert expected in read(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Ühing alustas tegevust 2009. aastal Tartus.", "et", [2009]),
        ("Ettevõte ostis 2009. aastat vana maja.", "et", []),  # a count of years: "aastat" is the word counted with
        ("Biedrība darbību sāka 2009. gadā Rīgā.", "lv", [2009]),
        # the word for "year" with a vowel sign, read whole: "वर्षमा" (in the year)
        ("पुल २००९ वर्षमा बनेको थियो।", "ne", [2009]),
        ("हा पूल २००९ वर्षी बांधला गेला.", "mr", [2009]),
        ("पुलमा २००९ जना मानिस थिए।", "ne", []),  # 2009 people
    ],
)
def test_a_year_with_an_ordinals_dot_before_the_word_for_year(sentence: str, language: str, expected: list[int]) -> None:
    assert [d.year for d in find_dates(sentence, language) if d.year] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Istung toimub 14. märtsil Tartus.", "et", ("14. märtsil", (None, 3, 14))),
        ("Istung toimus 14. märtsil 2019 Tartus.", "et", ("14. märtsil 2019", (2019, 3, 14))),
        ("Görüş 14 apreldə Bakıda keçirildi.", "az", ("14 apreldə", (None, 4, 14))),
    ],
)
def test_a_day_then_a_months_name_with_a_case_ending(sentence: str, language: str, expected: tuple) -> None:
    assert expected in read(sentence, language)


def test_an_abbreviation_of_a_month_opening_another_word_after_a_number_is_no_month() -> None:
    assert read("Terdapat 4 jungle besar di negeri itu.", "ms") == []


def states(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("চীনৰ চৰকাৰে নতুন আইন ঘোষণা কৰিলে।", "as", {"China"}),  # Assamese: CLDR's "চীন", three letters, and "ৰ"
        ("আফগানিস্তানে নতুন চুক্তি স্বাক্ষৰ কৰিলে।", "as", {"Afghanistan"}),  # an ending that is a vowel sign alone
        ("চীনাবাদাম খাইছিলোঁ।", "as", set()),  # peanuts: a longer ending after a name of three letters is another word
        ("इराकी सेनाले आक्रमण गर्‍यो।", "ne", set()),  # Iraqi: Devanagari glues no ending, a vowel sign makes an adjective
    ],
)
def test_a_short_name_with_an_ending_its_script_glues_to_it(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Wasiirka ayaa sheegay in Israel iyo China ay kulmi doonaan.", "so", {"Israel", "China"}),  # CLDR: "Shiinaha"
        ("Ministan ya ce Israel da China za su gana.", "ha", {"Israel", "China"}),  # CLDR: "Sin", "Israʼila"
        ("Francis ayaa sheegay in shirku dhacay.", "so", set()),  # no inflected "France"
    ],
)
def test_a_states_name_the_covered_latin_languages_write_alike(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        ("मुंबई, 19 ऑक्टोबरःसौदी अरेबियाने नवीन पूल बांधण्याचा निर्णय घेतला आहे.", "mr"),
        ("काठमाडौं, 19 अक्टोबरःनयाँ पुल निर्माण गर्ने निर्णय सरकारले गरेको छ।", "ne"),
    ],
)
def test_a_visarga_typed_for_a_datelines_colon_is_no_case_ending_of_its_month(paragraph: str, language: str) -> None:
    published = from_dateline(paragraph, language)
    assert published is not None and published.yearless == "--10-19"


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Wuxuu magaalada yimid June 7, 2012 isagoo safar ah.", "so", [("June 7, 2012", (2012, 6, 7))]),
        ("Ya isa birnin ne a cikin April 2011 tare da tawagarsa.", "ha", [("April 2011", (2011, 4, None))]),
        ("Sarkin ya ce August mutum ne mai kirki.", "ha", []),  # a name alone, no day or year beside it
    ],
)
def test_a_date_written_as_english_writes_it_in_a_latin_script_language_with_no_file(
    sentence: str, language: str, expected: list
) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("इस्लामिक स्टेट अफ इराक एन्ड सिरिया (ISIS) ले जिम्मेवारी लियो।", "ne", set()),
        ("इस्लामिक स्टेट ऑफ इराक अँड सीरिया (ISIS) ने जबाबदारी घेतली.", "mr", set()),
        ("इराक र सिरियामा युद्ध भयो। ISIS ले आक्रमण गर्‍यो।", "ne", {"Iraq", "Syria"}),  # the acronym stands apart
    ],
)
def test_a_states_name_inside_a_bodys_name_its_known_acronym_closes(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected
    assert "Islamic State" in {f.name for f in find_actors(text, language)}
