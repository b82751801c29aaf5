"""A site's clock naming its weekday, written in the same layout as the article's stamp, is not the page's date: of
two header date lines written alike the earlier is taken, as of a clock over a stamp; only three or more alike are a
listing's stamps, newest first. Each header is written for the test."""

from __future__ import annotations

import pytest
from briefing.published_header import from_header
from briefing.published_opening import from_today


@pytest.mark.parametrize(
    ("lines", "language", "date"),
    [
        (["Среда, 14 мая 2025", "Культура", "В парке открыли летнюю сцену", "Понедельник, 12 мая 2025"], "ru", "2025-05-12"),
        (["Saturday, April 19, 2025", "Local", "Library extends its hours", "Wednesday, April 16, 2025"], "en", "2025-04-16"),
        (["Donnerstag, 8. Mai 2025", "Montag, 5. Mai 2025", "Stadtbad öffnet früher"], "de", "2025-05-05"),
    ],
)
def test_a_weekday_clock_over_a_stamp_alike_gives_the_stamp(lines: list[str], language: str, date: str) -> None:
    found = from_header(lines, language)
    assert found is not None and found.date == date


def test_three_stamps_alike_are_a_listing_newest_first() -> None:
    lines = ["Saturday, April 19, 2025", "Friday, April 18, 2025", "Wednesday, April 16, 2025"]
    found = from_header(lines, "en")
    assert found is not None and found.date == "2025-04-19"


def test_a_french_column_opens_with_the_idiom_today_it_is() -> None:
    """ "Aujourd'hui, c'est lundi …" is how French says it; the words "c'est le jour où …" name no day."""
    found = from_today("Aujourd'hui, c'est jeudi 10 avril 2025. La piscine rouvre.", "fr")
    assert found is not None and found.date == "2025-04-10"
    assert from_today("Aujourd'hui, c'est le jour où la piscine rouvre, le 10 avril 2025.", "fr") is None
