"""A byline's stamp run after a separator onto a banner's and headline's line ("… le port de Sète Rédigé par A.
Writer | Mardi 12 Mars 2024 à 08:15") is the page's date, and no date of the headline it shares a line with: the
page's date is still read from it, the headline gives no event on that day, and a date the headline itself states
stays its event. Texts written for the test (a harbour's storm)."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project

BANNER = "ABONNEZ-VOUS À NOTRE LETTRE GRATUITE ! En bref"
BODY = "La tempête ravage le port de Sète\n\nLes vagues ont détruit trois jetées du port.\n"
STAMP = "Rédigé par Paul Mercier | Mardi 12 Mars 2024 à 08:15"


def _read(tmp_path: Path, first_line: str) -> tuple[str | None, list[str]]:
    root = make_project(tmp_path, {"page.txt": f"{first_line}\n\n{BODY}"})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return briefing.published.date, [e.date_text for e in briefing.events]


def test_the_stamp_field_dates_the_page_not_the_headline(tmp_path: Path) -> None:
    published, events = _read(tmp_path, f"{BANNER} La tempête ravage le port de Sète {STAMP}")
    assert published == "2024-03-12" and events == []


def test_a_date_the_headline_states_stays_its_event(tmp_path: Path) -> None:
    published, events = _read(tmp_path, f"{BANNER} Après la tempête du 10 mars, le port de Sète compte ses jetées {STAMP}")
    assert published == "2024-03-12" and events == ["10 mars"]
