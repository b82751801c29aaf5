"""A weekday said to be before or after a day the sentence states ("annoncé lundi 27 mai 2024, … le vendredi
précédent", "the following Tuesday", "el viernes anterior", "il venerdì precedente", "na sexta-feira anterior") is
that weekday before or after the stated day (24 May); the stated day needs its year, which alone gives its weekday.
Without a stated day the words do not say which week: unresolved, never the weekday before the date of writing.
Sentences written for the test (a harbour's closure)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


def _dates(tmp_path: Path, sentence: str) -> list[tuple[str, str | None, str]]:
    root = make_project(tmp_path, {"page.txt": f"---\npublished: 2024-06-20\n---\nHarbour\n\n{sentence}\n"})
    registry, _ = load_registry(Project(root))
    return [
        (e.date_text, e.iso_date, e.date_basis) for e in extract(load_source(root / "sources/page.txt", root), registry).events
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        (
            "Les autorités ont annoncé, ce lundi 27 mai 2024, que le port avait fermé à l'aube du vendredi précédent.",
            "du vendredi précédent",
            "2024-05-24",
        ),
        ("Le port a fermé le 3 juin 2024 et a rouvert le lundi suivant.", "le lundi suivant", "2024-06-10"),
        ("The harbour closed on 3 June 2024 and reopened the following Tuesday.", "the following Tuesday", "2024-06-04"),
        ("Officials said on Monday, 27 May 2024, that it shut on the previous Friday.", "on the previous Friday", "2024-05-24"),
        ("El lunes 27 de mayo de 2024 dijeron que el puerto cerró el viernes anterior.", "el viernes anterior", "2024-05-24"),
        ("Lunedì 27 maggio 2024 hanno detto che il porto chiuse il venerdì precedente.", "il venerdì precedente", "2024-05-24"),
        (
            "Na segunda-feira, 27 de maio de 2024, disseram que o porto fechou na sexta-feira anterior.",
            "na sexta-feira anterior",
            "2024-05-24",
        ),
    ],
)
def test_the_weekday_before_or_after_a_stated_day(tmp_path: Path, sentence: str, text: str, date: str) -> None:
    assert (text, date, "relative") in _dates(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Le port a rouvert le lundi suivant.", "le lundi suivant"),
        ("The harbour reopened the following Tuesday.", "the following Tuesday"),
        ("Le port a fermé le 3 juin et a rouvert le lundi suivant.", "le lundi suivant"),  # no year: no weekday known
    ],
)
def test_without_a_stated_day_of_known_year_unresolved(tmp_path: Path, sentence: str, text: str) -> None:
    assert (text, None, "unresolved") in _dates(tmp_path, sentence)
