"""Languages with no data file, read with rules made from locale data, as the be/gu/ms/pa set showed once it was
opened for tuning (issues 14 and 15): Gujarati's and Devanagari's candra O typed as a plain O ("ઓગસ્ટ" for CLDR's
"ઑગસ્ટ"); a postposition written apart after a year where the script's languages write them so (Punjabi "2016
ਵਿੱਚ", Urdu "2016 میں"); CLDR's preposition before a weekday as a cue before a year (Malay "pada 2017"); an
adjective's vowel sign in its oblique form ("ਪਿਛਲੇ ਸਾਲ"); a year after two capitalised words, the year an event's
name states ("Sukan Olimpik Paris 2024"); a month's stem in its locative before a year ("у сакавіку 2011 года"); a
count in words from ICU's spell-out ("ચાર વર્ષ પહેલાં"); a state's name in India's scripts heard with a z written as
a jha ("ઈઝરાયેલ", CLDR's "ઇઝરાઇલ"). Every sentence is written for the tests, on a bridge and its
opening; the accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # CLDR writes "ઑગસ્ટ" and "ઑક્ટોબર"; texts as often "ઓગસ્ટ", "ઓક્ટોબર"
        ("પુલ 8 ઓગસ્ટના રોજ ખુલશે.", "gu", [("8 ઓગસ્ટના", (None, 8, 8))]),
        ("22 ઓક્ટોબર 2008: પુલ ખુલ્યો.", "gu", [("22 ઓક્ટોબર 2008", (2008, 10, 22))]),
        # Marathi's CLDR "ऑक्टोबर" typed with a plain O
        ("पूल 5 ओक्टोबर 2019 रोजी उघडला.", "mr", [("5 ओक्टोबर 2019", (2019, 10, 5))]),
    ],
)
def test_a_months_candra_o_typed_as_a_plain_o(sentence: str, language: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # CLDR's "{0} ਸਾਲਾਂ ਵਿੱਚ" (in 0 years): "ਵਿੱਚ" after a year is "in"
        ("ਪੁਲ 2016 ਵਿੱਚ ਬਣਿਆ ਸੀ।", "pa", [("2016", (2016, None, None))]),
        ("پل 2016 میں بنا تھا۔", "ur", [("2016", (2016, None, None))]),
        # CLDR's "pada {0} Isnin" beside "dalam {0} hari": a preposition of a point in time
        ("Jambatan itu dibuka pada 2017.", "ms", [("2017", (2017, None, None))]),
        # the year of an event's name, after two capitalised words
        ("Jambatan itu dibuka sebelum Sukan Olimpik Paris 2024 bermula.", "ms", [("2024", (2024, None, None))]),
        # Belarusian's locative of a month's genitive stem ("сакавік|а"), before its year
        ("Мост адкрылі ў сакавіку 2011 года.", "be", [("сакавіку 2011", (2011, 3, None))]),
    ],
)
def test_a_year_with_a_cue_no_file_states(sentence: str, language: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count after a word that names nothing, then the cue of a point in time
        ("Seramai 2000 orang hadir ketika jambatan itu dibuka pada 2017.", [("2017", (2017, None, None))]),
        # a law's number after the word for year, then a body's name with its year
        (
            "Undang-undang Nomor 3 Tahun 2022 dari Kementerian Kerja Raya 2023 mengatur jambatan itu.",
            [("2023", (2023, None, None))],
        ),
    ],
)
def test_a_year_beside_numbers_that_are_none(sentence: str, expected: list) -> None:
    assert read(sentence, "ms") == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # dateparser's "ਪਿਛਲਾ ਸਾਲ" (last year) in its oblique form
        ("ਪੁਲ ਪਿਛਲੇ ਸਾਲ ਬਣਿਆ ਸੀ।", "pa", [("ਪਿਛਲੇ ਸਾਲ", "year-1")]),
        # a count in words, from ICU's spell-out: num2words has no Gujarati
        ("ચાર વર્ષ પહેલાં પુલ બન્યો હતો.", "gu", [("ચાર વર્ષ પહેલાં", "year-4")]),
    ],
)
def test_a_relative_date_in_another_form(sentence: str, language: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("ઈઝરાયેલ અને ઇજિપ્ત વચ્ચે પુલ ખુલ્યો.", "gu"),
        ("ઈઝરાયેલને પુલ મળ્યો.", "gu"),  # with the dative's ending glued
        ("ઇઝરાયલની સરકારે પુલ ખોલ્યો.", "gu"),  # with the genitive's ending glued
    ],
)
def test_a_state_heard_with_its_z_as_india_writes_it(sentence: str, language: str) -> None:
    assert "Israel" in [a.name for a in find_actors(sentence, language)]
