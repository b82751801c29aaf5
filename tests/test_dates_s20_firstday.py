"""A language's first day: dates read from its locale data alone, in languages with no data file and no hand
additions (`data/dates/additions`), as `realtext --without-additions` measures. Each text is written for the test,
on a topic of its own (a village bakery)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from briefing import datewords
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


@pytest.fixture(autouse=True, scope="module")
def _first_day() -> Iterator[None]:
    """A language's first day is its locale data alone: the hand additions off, as `realtext --without-additions`
    reads (Slovenian has additions of its own; the Slovenian sentences here must not need them)."""
    datewords.use_additions(False)
    yield
    datewords.use_additions(True)


def test_the_additions_switch_off_and_on() -> None:
    datewords.use_additions(True)
    assert datewords.additions("cy")
    datewords.use_additions(False)
    assert datewords.additions("cy") == {}


@pytest.mark.parametrize("language", ["ha", "sl"])
def test_the_languages_tested_here_have_no_data_file(language: str) -> None:
    assert not datewords.data_file(language)


def test_hebrew_has_no_file_and_no_addition_these_tests_read() -> None:
    """Hebrew's additions give "שנת" (the year of) with its glued prepositions and three days before and after the
    time of writing alone, and the set phrases around them that name no day: no word the Hebrew sentences here are
    read by ("בסביבות", around)."""
    keys = {"year_before", "relative_words", "relative_not_in", "relative_not_before"}
    datewords.use_additions(True)
    try:
        hebrew = datewords.additions("he")
    finally:
        datewords.use_additions(False)
    assert not datewords.data_file("he") and set(hebrew) == keys
    assert all(w.endswith("שנת") for w in hebrew["year_before"])
    assert all(unit == "day" for unit, _ in hebrew["relative_words"].values())


@pytest.mark.parametrize(
    ("sentence", "language", "year"),
    [
        ("Gidan burodin ya bude a 1985, kuma yana nan.", "ha", 1985),  # Hausa "a 1985", before a comma
        ("Pekarna je odprla v 2019.", "sl", 2019),  # Slovenian "v 2019", closing the sentence
        ("המאפייה נפתחה בסביבות 1995.", "he", 1995),  # a longer word dateparser skips beside a date: "around"
    ],
)
def test_a_recent_year_closing_a_clause_after_a_short_word_is_a_year(sentence: str, language: str, year: int) -> None:
    assert dates_read(sentence, language) == [(str(year), (year, None, None))]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Pekarna je prodala v 2019 hlebcev.", "sl"),  # a count, its noun after it
        ("Pekarna je prodala 2000.", "sl"),  # a round hundred: as often a count
        ("Pekarna vasi 1987, s kruhom.", "sl"),  # after a longer word: a name's number
        ("Akwai burodi a 2019 gidaje.", "ha"),  # a word follows, which may be the counted noun
        ("המאפייה אפתה בסביבות 1995 כיכרות.", "he"),  # "around 1995 loaves"
        ("Pekarna je spekla 2015 in 2016 hlebcev.", "sl"),  # counts joined by "and", their noun after
    ],
)
def test_a_number_with_its_noun_or_after_a_noun_stays_no_year(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


def test_a_year_word_after_a_comma_still_names_the_year() -> None:
    """Slovak "roku 2019" (in the year 2019) after a comma, as inside a clause; from the locale data alone (Slovak
    has additions since: its weekdays' adjectives and counts in the instrumental)."""
    datewords.use_additions(False)
    try:
        assert dates_read("Pekáreň otvorili, ako sa vie, roku 2019 v dedine.", "sk") == [("2019", (2019, None, None))]
    finally:
        datewords.use_additions(True)
    assert dates_read("Pekáreň otvorili, ako sa vie, roku 2019 v dedine.", "sk") == [("2019", (2019, None, None))]


def test_a_year_before_a_word_of_cldrs_lists_is_a_year() -> None:
    """Slovenian "in" (and, CLDR's list word) after "v 2015": no noun follows the number."""
    found = dates_read("Pekarna je odprla v 2015 in zaprla v 2021.", "sl")
    assert found == [("2015", (2015, None, None)), ("2021", (2021, None, None))]


def _events_of(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return [(e.date_text, e.date) for e in extract(load_source(root / "sources/page.txt", root), registry).events]


SLOVAK_BAKERY = (
    "Pekáreň v obci\n\n"
    "Pekáreň v našej obci otvorili v marci 2015, keď mlyn už stál prázdny.\n\n"
    "Majiteľ ju rozšíril v 2019 spolu s rodinou, ktorá pečie chlieb každý deň.\n"
)


def test_the_word_a_text_writes_before_its_dates_makes_a_year_of_a_number(tmp_path: Path) -> None:
    """The text writes "v" (in) before "marci 2015": "v 2019" is a year, with no rule of the language to say so."""
    assert ("2019", "2019") in _events_of(tmp_path, SLOVAK_BAKERY)


def test_without_such_a_date_the_number_stays_no_year(tmp_path: Path) -> None:
    text = SLOVAK_BAKERY.replace("v marci 2015", "pred rokmi")
    assert not any(date == "2019" for _, date in _events_of(tmp_path, text))


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("Pekarna je odprla 12. marca 2015.", "12. marca 2015", (2015, 3, 12)),  # "marec": its e drops
        ("Pekarna je odprla 3. marca.", "3. marca", (None, 3, 3)),
        ("Pekarna je odprla 12. decembra 2015.", "12. decembra 2015", (2015, 12, 12)),
    ],
)
def test_a_slovenian_month_whose_case_drops_the_e_of_its_last_syllable(sentence: str, phrase: str, date: tuple) -> None:
    assert dates_read(sentence, "sl") == [(phrase, date)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("A pékség szerdán nyitott ki.", "szerdán"),  # "szerda" (Wednesday), its a lengthened: on Wednesday
        ("A pék szerdára ígérte a kenyeret.", "szerdára"),  # for Wednesday
        ("A pékség kedden zárva volt.", "kedden"),  # a name ending in a consonant, as before
    ],
)
def test_a_weekday_whose_final_vowel_a_case_ending_lengthens(sentence: str, phrase: str) -> None:
    assert dates_read(sentence, "hu") == [(phrase, "weekday")]
