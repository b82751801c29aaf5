"""French "ce jour" is today in a statement's words ("a été informé ce jour", "la séance de ce jour", "l'attentat de
ce jour"), counted from the date of writing as "aujourd'hui" is; "à ce jour" and "jusqu'à ce jour" (so far),
"depuis ce jour" (since that day), "ce jour-là" (that day) and "ce jour de …" (a day the words after it name) are no
such day. Sentences written for the test (a harbour's council)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


@pytest.mark.parametrize(
    "sentence",
    [
        "Le conseil du port a été informé ce jour que le recours a été rejeté.",
        "Lors de sa séance de ce jour, le conseil du port a adopté un arrêté.",
        "Les dégâts de la tempête de ce jour sont importants au port.",
    ],
)
def test_ce_jour_is_today(sentence: str) -> None:
    assert dates_read(sentence, "fr") == [("ce jour", "day+0")]


@pytest.mark.parametrize(
    "sentence",
    [
        "À ce jour, aucun recours n'a abouti au port.",
        "A ce jour, le quai reste fermé.",
        "Jusqu'à ce jour, le quai est resté fermé.",
        "Depuis ce jour, le quai est fermé aux navires.",
        "Ce jour-là, le port a fermé.",
        "En ce jour de fête, le port a fermé ses grilles.",
        "Le port a fermé ce jour d'été.",
    ],
)
def test_no_day_of_writing(sentence: str) -> None:
    assert dates_read(sentence, "fr") == []


def test_counted_from_the_date_of_writing(tmp_path: Path) -> None:
    text = "---\npublished: 2024-03-13\n---\nPort\n\nLe conseil du port a été informé ce jour que le recours a été rejeté.\n"
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    events = extract(load_source(root / "sources/page.txt", root), registry).events
    assert [(e.date_text, e.iso_date, e.date_basis) for e in events] == [("ce jour", "2024-03-13", "relative")]
