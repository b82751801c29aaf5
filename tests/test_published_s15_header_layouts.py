"""The publication date a page states, in header layouts that issue 14's twenty-third held-out set showed missed or
claimed wrongly: a time a scraper glued to the date after it, a day and month in figures beside a time that only
one order of day and month can read, a Chinese headline line whose fields (headline, date, author) spaces part, and
an infobox's date that MediaWiki's date-and-age template prints with its age (no page's date). Each text is written
for the test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        # the time's minutes glued to the day: "10:05" then "4/03/2024"
        (
            "Accord de pêche signé à Lomé\n\n10:054/03/2024, lundi\n\n",
            "fr",
            ("2024-03-04", "header"),
        ),
        (
            "Lomé'de balıkçılık anlaşması imzalandı\n\n10:0504/03/2024, Pazartesi\n\n",
            "tr",
            ("2024-03-04", "header"),
        ),
        # a day and month in figures and a time, month first: 22 is no month, so only one reading is a date
        (
            "توقيع اتفاق الصيد البحري في لومي\n\n03/22 10:05\n\n",
            "ar",
            ("--03-22", "header"),
        ),
        # the same, day first
        (
            "Accordo sulla pesca firmato a Lomé\n\n22/03 10:05\n\n",
            "it",
            ("--03-22", "header"),
        ),
        # the headline, the date and the author on one line, spaces between them
        (
            "洛美签署渔业协定 2024年03月04日  某某\n\n",
            "zh",
            ("2024-03-04", "header"),
        ),
    ],
)
def test_header_layouts_of_the_twenty_third_set(tmp_path: Path, text: str, language: str, stated: tuple[str, str]) -> None:
    assert published_of(tmp_path, text + LEDE[language]) == stated


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "05/06" is 5 June or 6 May: the stamp states no day a reader can tell
        ("Accordo sulla pesca firmato a Lomé\n\n05/06 10:05\n\n", "it"),
        # an infobox's founding date and its age, as the date-and-age template prints them
        ("Fischereiabkommen von Lomé\n\nGründung 4. März 2024; vor 11 Monaten\nTyp Abkommen\n\n", "de"),
        ("Lomé Fisheries Agreement\n\nFormation 4 March 2024; 2 years ago\nType Treaty\n\n", "en"),
    ],
)
def test_no_date_is_claimed_from_a_stamp_it_cannot_tell_or_an_infobox(tmp_path: Path, text: str, language: str) -> None:
    assert published_of(tmp_path, text + LEDE[language]) == (None, "not-stated")
