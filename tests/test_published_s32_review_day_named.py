"""A review proved that the words for tomorrow and yesterday were looked for anywhere before a page's first date,
so a headline's "MAÑANA" (morning), "MORGEN" or "YESTERDAY'S" hid the stamp under it: only the words right before
the date say it is a day the text speaks of. Openings written for the test."""

from __future__ import annotations

from briefing.published_opening import from_opening


def test_a_headline_word_for_morning_or_yesterday_hides_no_stamp() -> None:
    published = from_opening("LLUVIAS POR LA MAÑANA EN MADRID 4 DE MARZO DE 2024 El alcalde pidió prudencia.", "es")
    assert published is not None and published.date == "2024-03-04"
    text = "PRESS STATEMENT ON YESTERDAY'S ATTACK IN KABUL JULY 17, 2023 The United States condemns the attack."
    published = from_opening(text, "en")
    assert published is not None and published.date == "2023-07-17"


def test_tomorrow_right_before_the_date_is_no_stamp() -> None:
    assert from_opening("Утре, 20 декември 2025 година, ќе се одржи концерт во домот.", "mk") is None


def test_only_the_word_right_before_or_a_weekday_between() -> None:
    published = from_opening("WAHL IN BERLIN: WAS MORGEN GESCHIEHT 4. MÄRZ 2024 Der Minister sprach im Landtag.", "de")
    assert published is not None and published.date == "2024-03-04"
    assert from_opening("Утре, сабота, 20 декември 2025 година, ќе се одржи концерт во домот.", "mk") is None


def test_a_short_word_between_tomorrow_and_the_date() -> None:
    assert from_opening("STREIK MORGEN AM 4. MÄRZ 2024 Die Gewerkschaft rief alle Beschäftigten auf.", "de") is None
