"""A weekday alone in a sentence that also tells of something to come is still read back from the date of writing
where its own verb is past: a future elsewhere in the sentence (after "and", in a relative clause, a participle, a
future-looking adjective) does not govern it. Each sentence is written for the test; the publication date,
4 March 2026, is a Wednesday, so the Friday before is 27 February."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry

LAST_FRIDAY = "2026-02-27"


def _dates(tmp_path: Path, text: str, language: str) -> list[tuple[str, str | None]]:
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "town.txt"
    path.write_text(f"---\npublished: 2026-03-04\nlanguage: {language}\n---\n{text}\n", encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    return [(e.date_text, e.iso_date) for e in extract(load_source(path, tmp_path), registry).events]


@pytest.mark.parametrize(
    ("language", "sentence", "weekday"),
    [
        ("en", "The club won on Friday and will travel to Leeds in April.", "on Friday"),
        ("en", "The driver stopped on Friday will face a hearing next month.", "on Friday"),
        ("en", "You'll read here what happened at the depot on Friday.", "on Friday"),
        ("es", "Los alumnos que viajarán en junio se manifestaron el viernes.", "el viernes"),
        ("es", "El pleno rechazó el viernes la propuesta y la debatirá otra vez en junio.", "el viernes"),
        ("fr", "Vendredi, la femme qui sera entendue en juin a été libérée.", "Vendredi"),
        ("pt", "O ladrão fugiu na sexta-feira da cadeia.", "na sexta-feira"),
        ("tr", "Cuma günü gelecek sezonun takvimi açıklandı.", "Cuma günü"),
        ("de", "Der am Freitag verletzte Spieler wird heute operiert.", "am Freitag"),
        ("ms", "Pemandu yang ditangkap pada hari Jumaat akan dibicarakan bulan depan.", "Jumaat"),
    ],
)
def test_a_weekday_of_a_past_verb_stays_the_last_one(tmp_path: Path, language: str, sentence: str, weekday: str) -> None:
    found = _dates(tmp_path, sentence, language)
    assert any(text.endswith(weekday) or weekday in text for text, _ in found), found
    assert all(iso == LAST_FRIDAY for text, iso in found if weekday in text), found
