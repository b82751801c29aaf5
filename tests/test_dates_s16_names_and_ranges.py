"""Dates of events as the twentieth to twenty-fourth held-out sets showed them missed, by rules that carry to any
text: the year of an event named for a capital and its year before a mark that ends the phrase ("Tokyo 2020,"),
Chinese year ranges whose first year has no word for "year", a month range whose "and" the language glues to the
second month, qualifiers of a year hyphened into a range ("early-to-mid 2019"), and the function words of the data
files, which YAML must not read as booleans ("no", "on"). Each text is written for the test, on a topic of its own
(a railway between Lomé and Cotonou)."""

from __future__ import annotations

import pytest
import yaml
from briefing.datewords import DATA
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Tokyo 2020, ertelenen oyunlar, demiryolu projesini de geciktirdi.", "tr"),
        ("وتأجل مشروع السكة الحديدية بسبب دورة “طوكيو 2020” في العام التالي.", "ar"),
        ("وأعلنت الشركة المنفذة للسكة الحديدية بطوكيو 2020، أن العمل توقف.", "ar"),
        ("بطوكيو 2020، توقف العمل في السكة الحديدية.", "ar"),
    ],
)
def test_the_year_after_a_capitals_name_and_a_mark(sentence: str, language: str) -> None:
    assert ("2020", (2020, None, None)) in dates_read(sentence, language)


def test_a_capitals_name_before_a_count_is_no_year() -> None:
    assert dates_read("ووصل إلى طوكيو 2000 عامل لبناء السكة الحديدية.", "ar") == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("铁路公司在2016至2022年间修建了这条线路。", "2016至2022"),
        ("这条铁路于2019到2021年间停工。", "2019到2021"),
    ],
)
def test_a_chinese_year_range_with_the_word_for_year_after_the_second(sentence: str, phrase: str) -> None:
    found = dates_read(sentence, "zh")
    first, last = int(phrase[:4]), int(phrase[-4:])
    assert found == [(phrase, (first, None, None), (last, None, None))]


def test_a_chinese_range_needs_the_word_for_year() -> None:
    assert dates_read("铁路公司说2016至2022", "zh") == []


def test_a_month_range_joined_by_a_glued_and() -> None:
    found = dates_read("توقف العمل في السكة الحديدية بين مارس وأكتوبر 2021 بسبب الأمطار.", "ar")
    assert found == [("مارس وأكتوبر 2021", (2021, 3, None), (2021, 10, None))]


@pytest.mark.parametrize("qualifiers", ["early-to-mid", "mid-to-late"])
def test_qualifiers_of_a_year_hyphened_into_a_range(qualifiers: str) -> None:
    assert dates_read(f"The Lomé–Cotonou line was shut in {qualifiers} 2019 for repairs.", "en") == [("2019", (2019, None, None))]


def test_a_hyphened_word_that_is_no_qualifier_gives_no_year() -> None:
    assert dates_read("The well-to-do 2000 passengers paid more.", "en") == []


def test_no_and_on_are_function_words_after_a_year() -> None:
    # after a weak cue ("de", "of"), a function word, not a counted noun, follows the year: YAML had read the
    # unquoted "no" and "on" of the data files as booleans
    assert dates_read("O número de passageiros caiu de 2019 no trecho norte.", "pt") == [("2019", (2019, None, None))]
    assert dates_read("The fares of 2019 on the Lomé line rose.", "en") == [("2019", (2019, None, None))]


def test_no_word_list_of_the_date_files_holds_a_boolean() -> None:
    # YAML 1.1 reads an unquoted no, on, yes or off as a boolean: a word list must quote them
    for path in sorted(DATA.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, value in data.items():
            if isinstance(value, list):
                assert not any(isinstance(item, bool) for item in value), f"{path.name}: {name}"


def test_portuguese_contractions_are_function_words_after_a_year() -> None:
    # "até 2030 ao …": "ao" (a + o) is no noun a count of 2030 would take
    assert dates_read("A concessão da ferrovia vai até 2030 ao preço atual.", "pt") == [("2030", (2030, None, None))]
    assert dates_read("A empresa vendeu até 2030 bilhetes.", "pt") == []


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "first", "last"),
    [
        ("تتوقف القطارات أيام 15 و16 و17 مارس للصيانة.", "ar", "15 و16 و17 مارس", 15, 17),
        ("Les trains ne rouleront pas les 5, 6 et 7 mai.", "fr", "5, 6 et 7 mai", 5, 7),
    ],
)
def test_days_that_follow_one_another_are_one_range(sentence: str, language: str, phrase: str, first: int, last: int) -> None:
    found = dates_read(sentence, language)
    assert [(text, start[2], end[2]) for text, start, *ends in found for end in ends] == [(phrase, first, last)]


def test_days_listed_apart_are_no_range() -> None:
    assert dates_read("The trains stop on 3, 10 and 17 March.", "en") == [("3, 10 and 17 March", (None, 3, 3))]
