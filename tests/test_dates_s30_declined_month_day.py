"""Chuvash writes a date's month in the genitive before its day, the day with an ordinal's ending after a hyphen:
"кӑрлачӑн 29-мӗшӗнче" (on the 29th of January), its year before it with the word for "year" ("2020 ҫулхи"). In a
language that glues case endings to a noun, a month's wide name with such an ending is read before a hyphened day.
Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_the_month_in_the_genitive_before_its_day() -> None:
    assert dates_read("Пуху раштавӑн 3-мӗшӗнче иртӗ.", "cv") == [("раштавӑн 3", (None, 12, 3))]


def test_with_its_year_before_it() -> None:
    assert dates_read("Ҫӗнӗ кӗпер 2021 ҫулхи ҫурлан 12-мӗшӗнче уҫӑлнӑ.", "cv") == [("2021 ҫулхи ҫурлан 12", (2021, 8, 12))]


def test_a_figure_without_an_ordinals_hyphen_is_no_day() -> None:
    assert dates_read("Ял акан 5 пайне туянчӗ.", "cv") == []
