"""A month's short name with a case ending after a day reads as the month ("8 ҫурлара", on 8 August), but not where
the word so spelled is the language's word for "year" with or without its own ending: Chuvash "8 ҫул" (8 years),
"8 ҫулта" (in 8 years) are no "ҫу" (May) with "-л", "-лта". Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_count_of_years_is_no_day_of_may() -> None:
    assert dates_read("Вӑл 8 ҫул ӗҫленӗ.", "cv") == []
    assert dates_read("Вӑл 8 ҫулта таврӑнӗ.", "cv") == []


def test_a_month_with_its_ending_after_a_day_still_reads() -> None:
    assert dates_read("Пуху 8 ҫурлара иртӗ.", "cv") == [("8 ҫурлара", (None, 8, 8))]
