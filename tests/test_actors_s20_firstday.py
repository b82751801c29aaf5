"""Actors on a language's first day (no detection file, an empty topic registry): what the general data carries.
States by the names the ISO 3166 tables' translations give (pycountry's iso-codes) beside CLDR's; texts written
for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.knowledge import iso_names


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("La delegitaro el Francio alvenis hieraŭ.", "eo", "France"),  # CLDR: "Francujo"
        ("Suurbritannia valitsus teatas eile uuest seadusest.", "et", "United Kingdom"),  # CLDR: "Ühendkuningriik"
        ("Delegația a plecat ieri spre Olanda.", "ro", "Netherlands"),  # CLDR: "Țările de Jos"
        ("Ол бұрын КСРО азаматы болған.", "kk", "Soviet Union"),  # ISO 3166-3's USSR
    ],
)
def test_a_state_by_the_iso_tables_name(text: str, language: str, name: str) -> None:
    assert name in states(text, language)


def test_a_garbled_translation_table_gives_no_names() -> None:
    """Amharic's table scrambles its letters and punctuation ("ጐን፦ሲ"): none of it is read."""
    assert iso_names("am") == {}


def test_a_mistranslated_name_is_not_read() -> None:
    """The Marathi table writes America's name for Armenia: America's sound, none of Armenia's."""
    assert "Armenia" not in states("अमेरिका आणि रशिया यांच्यात चर्चा झाली.", "mr")


def test_a_word_cut_from_cldrs_name_is_not_read() -> None:
    """Vietnamese "Nhật" (of CLDR's "Nhật Bản", Japan) also opens "Nhật báo", a daily paper."""
    assert "Japan" not in states("Nhật báo Tuổi Trẻ đưa tin hôm qua.", "vi")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Ресейдің сыртқы істер министрі Астанаға келді.", "kk", "Russia"),  # genitive
        ("Министр Ресеймен келіссөз жүргізді.", "kk", "Russia"),  # instrumental
        ("Украинадагы согуш үчүнчү жылга созулду.", "ky", "Ukraine"),  # locative and -гы
    ],
)
def test_a_state_name_with_a_case_ending_glued_to_it(text: str, language: str, name: str) -> None:
    assert name in states(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("կատարած աշխատանքը գնահատվեց։", "hy", "Qatar"),  # "performed": a word in lower case
        ("ایرانی طلبہ نے شرکت کی۔", "ur", "Iran"),  # the nisba: an adjective, no case
        ("De Indonesische regering gaf geen commentaar.", "nl", "Indonesia"),  # Latin letters: an adjective
        ("Kenyataan itu dikeluarkan semalam.", "ms", "Kenya"),  # Latin letters: "statement"
    ],
)
def test_no_state_in_a_longer_word_that_is_not_its_case(text: str, language: str, name: str) -> None:
    assert name not in states(text, language)


def organisations(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Интерпол издаде червена бюлетина за бившия министър.", "bg", "Interpol"),  # Russian's spelling
        ("Генералният секретар на НАТО пристигна в София.", "bg", "NATO"),
        ("داعش نے حملے کی ذمہ داری قبول کر لی۔", "ur", "Islamic State"),  # Arabic's and Persian's
        ("حماس نے بیان جاری کیا۔", "ur", "Hamas"),
    ],
)
def test_an_organisation_by_the_name_a_main_language_in_the_same_script_gives(text: str, language: str, name: str) -> None:
    assert name in organisations(text, language)


def test_no_borrowed_name_in_another_script() -> None:
    """Names are borrowed within a script only: a Latin-letter language gets none of Russian's or Arabic's."""
    from briefing.knowledge import _sibling_names

    assert _sibling_names("af") == {}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Àwọn aṣojú láti United States dé sí Abuja lánàá.", "yo", "United States"),
        ("Madaxweyne ka socda South Africa ayaa yimid Muqdisho.", "so", "South Africa"),
    ],
)
def test_an_english_name_of_several_words_in_a_first_day_language_in_latin_letters(text: str, language: str, name: str) -> None:
    assert name in states(text, language)


def test_no_english_name_of_one_word_read_inflected() -> None:
    """A one-word English name ("France") would be read inflected there: "François" is no France."""
    assert "France" not in states("Toimitusjohtaja François Dupont lupasi lahjoituksen.", "fi")
