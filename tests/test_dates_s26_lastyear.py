"""A day and month in figures then the words for last year: the day of the year before the publication's
("on Sept. 7 last year"), not a count of years before "last year" ("the 7 last years"). Each sentence is
written for the test, on a topic of its own (a museum's reopening)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        ("The museum reopened on Sept. 7 last year after repairs.", "en", ("Sept. 7 last year", "last-year-month")),
        ("The museum reopened on September 7 last year.", "en", ("September 7 last year", "last-year-month")),
        ("The museum reopened on 7 September last year.", "en", ("7 September last year", "last-year-month")),
        ("Le musée a rouvert le 7 septembre de l'année dernière.", "fr", ("7 septembre de l'année dernière", "last-year-month")),
        ("Музей вновь открылся 7 сентября прошлого года.", "ru", ("7 сентября прошлого года", "last-year-month")),
        ("أعيد افتتاح المتحف في 7 سبتمبر من العام الماضي.", "ar", ("7 سبتمبر من العام الماضي", "last-year-month")),
        ("El museo reabrió el 7 de septiembre del año pasado.", "es", ("7 de septiembre del año pasado", "last-year-month")),
        ("Das Museum öffnete am 7. September letzten Jahres wieder.", "de", ("7. September letzten Jahres", "last-year-month")),
    ],
)
def test_a_day_and_month_then_last_year(sentence: str, language: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, language) == [found]


def test_the_day_last_year_takes_the_year_before_publication_not_another_year_stated(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "museum.txt"
    text = (
        "Published: 2024-03-02\n\nThe museum first opened in 1998 in the old mill.\n\n"
        "It reopened on Sept. 7 last year after two years of repairs.\n"
    )
    path.write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    briefing = extract(load_source(path, tmp_path), registry)
    found = {e.date_text: (e.iso_date, e.date_basis) for e in briefing.events}
    assert found["Sept. 7 last year"] == ("2023-09-07", "relative")
