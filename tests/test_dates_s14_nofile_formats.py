"""Languages with no data file, read with rules made from CLDR's date formats, as the eu/gl/ky/or set showed once it
was opened for tuning (issues 14 and 15): a format that opens with its year also written without it (Basque "y('e')'ko'
MMMM'ren' d('a')": "apirilaren 21ean"; Kyrgyz "y-'ж'., d-MMMM": "7-августта"), the case ending a format glues to
the day standing for any ("21ean", "16ra"), and to the year ("2010eko", "2011n"); a closing year left out with the
word that joins it to the month (Galician "d 'de' MMMM 'de' y": "26 de marzo"); a year before a date written month
first (Odia "MMMM d, y": "୨୦୦୭ ଜୁଲାଇ ୨୫"); the word for "year" after a hyphen with a case ending ("2022-жылдын");
and a word for "tomorrow" that CLDR also names a part of the day, after an article or the word CLDR writes before
that part ("durante a mañá", "ás 10 da mañá"). The actors' side: a language whose date format glues a case ending to
a month has its names read with glued endings ("Espainiako"). Every sentence is written for the tests, on a bridge
and its opening; the accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # Basque: the month's genitive, the day in the inessive, the allative
        ("Zubia apirilaren 21ean irekiko dute.", "eu", [("apirilaren 21ean", (None, 4, 21))]),
        ("Irekiera urtarrilaren 16ra atzeratu dute.", "eu", [("urtarrilaren 16ra", (None, 1, 16))]),
        # Kyrgyz: a day, a hyphen and the month with its locative, or its stem with one ("феврал|ында")
        ("Көпүрө 7-августта ачылат.", "ky", [("7-августта", (None, 8, 7))]),
        ("Көпүрө 24-февралында ачылды.", "ky", [("24-февралында", (None, 2, 24))]),
    ],
)
def test_a_day_and_month_as_a_format_opening_with_its_year_writes_them(sentence: str, language: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_closing_year_left_out_with_its_joining_word() -> None:
    expected = [("martes, 26 de marzo", (None, 3, 26))]
    assert read("A ponte abrirá o martes, 26 de marzo, ás portas do inverno.", "gl") == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a case ending glued to the year, as CLDR's "y('e')'ko'" glues one
        ("Zubia 2011n ireki zuten.", "eu", [("2011", (2011, None, None))]),
        ("2010eko zubiaren txostena onartu dute.", "eu", [("2010", (2010, None, None))]),
        # Kyrgyz: the word for year after CLDR's hyphen, in the genitive
        ("Көпүрө 2022-жылдын башында ачылды.", "ky", [("2022", (2022, None, None))]),
    ],
)
def test_a_year_with_the_ending_or_word_a_format_glues_to_it(sentence: str, language: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_year_before_a_date_written_month_first() -> None:
    assert read("୨୦୦୭ ଜୁଲାଇ ୨୫- ସେତୁ ଖୋଲିଲା ।", "or") == [("୨୦୦୭ ଜୁଲାଇ ୨୫", (2007, 7, 25))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Os veciños percorreron a ponte durante a mañá.",  # the morning, after an article
        "A ponte abriu ás 10 da mañá, con sol.",  # a time of day: CLDR's "da mañá"
    ],
)
def test_a_part_of_the_day_named_as_tomorrow_is_no_date(sentence: str) -> None:
    assert read(sentence, "gl") == []
    assert [text for text, _ in read("A ponte abrirá mañá.", "gl")] == ["mañá"]  # alone, it is tomorrow


def test_a_name_with_the_case_ending_a_date_format_glues() -> None:
    # Basque: "y('e')'ko' MMMM'ren' d('a')": the language glues its cases to names too ("Espainia|ko", of Spain)
    names = [a.name for a in find_actors("Espainiako Gobernuak eta Alemaniak zubia ordaindu dute.", "eu")]
    assert "Spain" in names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Көпүрө 13-14-июнь күндөрү ачылат.", [("13-14-июнь", (None, 6, 13), (None, 6, 14))]),
        ("2022-жылдын 14-17-сентябрында көпүрө жабылды.", [("2022-жылдын 14-17-сентябрында", (2022, 9, 14), (2022, 9, 17))]),
    ],
)
def test_two_days_joined_by_the_formats_hyphen(sentence: str, expected: list) -> None:
    assert read(sentence, "ky") == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Miles de persoas cruzaron a ponte no Día da Patria Galega.", "gl"),
        ("La gent va creuar el pont el Dia de Sant Jordi.", "ca"),
    ],
)
def test_a_name_opening_with_the_word_for_day_is_no_actor(sentence: str, language: str) -> None:
    # CLDR's word for "day" opening a name: a feast, neither a person nor a body
    assert [a.name for a in find_actors(sentence, language)] == []
    # where that word is also a common given name ("hari", Indonesian's day), a person still
    assert "Hari Prasetyo" in [a.name for a in find_actors("Menteri Hari Prasetyo membuka jembatan itu.", "id")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zubia itxita egongo da ostegunera arte.", "ostegunera"),  # "ostegun|a" with the allative
        ("Gaurko bileran zubia onartu dute.", "Gaurko"),  # today's
    ],
)
def test_a_weekday_or_today_with_the_case_ending_a_format_glues(sentence: str, expected: str) -> None:
    assert [text for text, _ in read(sentence, "eu")] == [expected]
