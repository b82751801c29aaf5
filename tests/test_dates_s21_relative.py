"""Relative words for a day in their inflected forms, on a language's first day (issue 14, item 4): CLDR's "today",
"yesterday", "tomorrow" (dateparser's locale data) with a case or adjective ending glued to them, read from the
locale data alone (no hand additions). Each text is written for the test, on a topic of its own (a ferry line)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from briefing import datewords
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read


@pytest.fixture(autouse=True)
def _first_day() -> Iterator[None]:
    datewords.use_additions(False)
    try:
        yield
    finally:
        datewords.use_additions(True)


@pytest.mark.parametrize(
    ("sentence", "language", "phrase"),
    [
        ("Keltas pradėjo šiandienos reisą anksti.", "lt", "šiandienos"),  # Lithuanian "of today"
        ("Трајектот денеска тргна во седум часот.", "mk", "денеска"),  # Macedonian "today", an adverb's ending
        ("De vandaagse overtocht werd afgelast.", "nl", "vandaagse"),  # Dutch "today's"
    ],
)
def test_today_with_an_ending_is_today(sentence: str, language: str, phrase: str) -> None:
    assert (phrase, "day+0") in dates_read(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Keltas pradėjo šiandien reisą anksti.", "lt"),
        ("Трајектот денес тргна во седум часот.", "mk"),
    ],
)
def test_the_word_itself_is_still_today(sentence: str, language: str) -> None:
    assert [value for _, value in dates_read(sentence, language)] == ["day+0"]


def test_a_word_another_locale_word_opens_takes_no_ending() -> None:
    # Latvian "vakar" (yesterday) opens CLDR's "vakars" (evening): "vakarā" is in the evening, of any day
    assert "vakar" not in datewords.words("lv").extra["ended_relative"]
    assert dates_read("Prāmis vakarā atgriezās ostā.", "lv") == []


def test_a_short_word_takes_no_ending() -> None:
    # Albanian "sot" (today) is too short to read with an ending: "sotir" is no date
    assert "sot" not in datewords.words("sq").extra["ended_relative"]


def test_the_inflected_today_resolves_from_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "keltas.txt"
    text = (
        "Paskelbta: 2021-06-14\n\nKeltas pradėjo šiandienos reisą anksti iš Klaipėdos uosto.\n\n"
        "Keleiviai laukė prieplaukoje ilgai.\n"
    )
    path.write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    briefing = extract(load_source(path, tmp_path), registry)
    assert [(e.date_text, e.iso_date, e.date_basis) for e in briefing.events] == [("šiandienos", "2021-06-14", "relative")]


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "kind"),
    [
        ("Prom zatonął miesiąc temu przy molo.", "pl", "miesiąc temu", "month-1"),  # CLDR "{0} miesiąc temu"
        ("Před rokem se trajekt potopil.", "cs", "Před rokem", "year-1"),  # CLDR "před {0} rokem"
        ("Ferjan sökk fyrir ári við bryggjuna.", "is", "fyrir ári", "year-1"),  # CLDR "fyrir {0} ári"
    ],
)
def test_cldr_singular_time_without_its_figure_is_one_unit_ago(sentence: str, language: str, phrase: str, kind: str) -> None:
    assert (phrase, kind) in dates_read(sentence, language)


def test_the_singular_before_a_figure_is_a_year() -> None:
    # Czech "před rokem 1989" is before the year 1989, not a year ago
    assert dates_read("Před rokem 1989 trajekt nejezdil.", "cs") == [("1989", (1989, None, None))]


def test_a_unit_word_the_plural_shares_takes_no_singular_reading() -> None:
    # Dutch "jaar" is also the word after a count ("honderd jaar geleden"): no figure-less "jaar geleden"
    assert dates_read("De veerboot zonk honderd jaar geleden.", "nl") == []


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "kind"),
    [
        ("Trajekt je isplovio juče iz luke.", "sr", "juče", "day-1"),  # Serbian in Latin letters (dateparser's sr-Latn)
        ("Trajekt je isplovio prošle godine.", "sr", "prošle godine", "year-1"),
        ("Трајект је испловио јуче из луке.", "sr", "јуче", "day-1"),  # and still in Cyrillic
    ],
)
def test_relative_words_in_the_languages_other_script(sentence: str, language: str, phrase: str, kind: str) -> None:
    assert (phrase, kind) in dates_read(sentence, language)
