"""A byline's stamp run into the headline's line: the label is read to its own end, so a date opening with its month's
name after it still dates the page ("… Published March 2, 2026 12:28 …"), and a clock written with an "h" ("12h28")
closes the date as "12:28" does. A label opening a longer word still dates nothing. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

BODY_EN = "The mayor cut the ribbon on Monday. Traffic will use the new bridge from next week, the city said."
BODY_FR = "Le maire a coupé le ruban lundi. La circulation reprendra la semaine prochaine, selon la mairie."


def test_a_month_named_after_the_label_dates_the_page(tmp_path: Path) -> None:
    line = "City opens a new bridge John Smith Published March 2, 2026 12:28 The mayor cut the ribbon on Monday."
    assert published_of(tmp_path, f"{line}\n\n{BODY_EN}\n") == ("2026-03-02", "header")


def test_a_clock_written_with_an_h_closes_the_stamp(tmp_path: Path) -> None:
    line = "Le pont rouvre Jean Dupont Publié le 2 mars 2026 à 12h28 Le maire a coupé le ruban lundi."
    assert published_of(tmp_path, f"{line}\n\n{BODY_FR}\n") == ("2026-03-02", "header")


def test_a_label_inside_a_longer_word_still_dates_nothing(tmp_path: Path) -> None:
    line = "City opens a new bridge John Smith Publishedness March 2, 2026 12:28 The mayor cut the ribbon on Monday."
    assert published_of(tmp_path, f"{line}\n\n{BODY_EN}\n")[0] != "2026-03-02"
