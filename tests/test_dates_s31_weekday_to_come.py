"""A weekday alone counts back from the date of writing, unless its own clause tells it as to come (a future form or a
word of planning, data/day_tense.yaml `to_come`): then it is that weekday or the next one. A past form in the
clause ("said on Friday it will"), another clause ("a annoncé vendredi qu'il votera"), a word marking the weekday
as past ("el pasado viernes") or a name ending like a future ("Teherán") keep the weekday in the past. Each sentence
is written for the test; the publication date, 4 March 2026, is a Wednesday."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry

NEXT_FRIDAY, LAST_FRIDAY = "2026-03-06", "2026-02-27"


def _dates(tmp_path: Path, text: str, language: str) -> list[tuple[str, str | None]]:
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "council.txt"
    path.write_text(f"---\npublished: 2026-03-04\nlanguage: {language}\n---\n{text}\n", encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    return [(e.date_text, e.iso_date) for e in extract(load_source(path, tmp_path), registry).events]


@pytest.mark.parametrize(
    ("language", "sentence", "weekday"),
    [
        ("en", "The council will vote on the new budget on Friday.", "on Friday"),
        ("en", "On Friday, the council will vote on the new budget.", "On Friday"),
        ("es", "El consejo votará el viernes el nuevo presupuesto.", "el viernes"),
        ("pt", "O conselho votará o orçamento na sexta-feira.", "na sexta-feira"),
        ("fr", "Le conseil votera le budget vendredi.", "vendredi"),
        ("de", "Die Regierung wird am Freitag über den neuen Haushalt abstimmen.", "am Freitag"),
        ("ru", "Совет будет голосовать по бюджету в пятницу.", "в пятницу"),
        ("cs", "Rada bude hlasovat o rozpočtu v pátek.", "pátek"),
        ("ms", "Majlis itu akan mengundi belanjawan pada hari Jumaat.", "Jumaat"),
    ],
)
def test_a_weekday_told_as_to_come_is_the_next_one(tmp_path: Path, language: str, sentence: str, weekday: str) -> None:
    assert _dates(tmp_path, sentence, language) == [(weekday, NEXT_FRIDAY)]


@pytest.mark.parametrize(
    ("language", "sentence", "weekday"),
    [
        ("en", "The council said on Friday it will vote on the new budget.", "on Friday"),
        ("es", "El consejo votó el viernes el nuevo presupuesto.", "el viernes"),
        ("es", "El consejo anunció el viernes que votará el nuevo presupuesto.", "el viernes"),
        ("es", "El consejo se reunió el pasado viernes y votará en mayo.", "el pasado viernes"),
        ("es", "El alcalde estaba en Teherán para la reunión celebrada el viernes.", "el viernes"),
        ("fr", "Le conseil a annoncé vendredi qu'il votera le budget.", "vendredi"),
        ("de", "Die Regierung hat am Freitag über den neuen Haushalt abgestimmt.", "am Freitag"),
        ("ru", "Совет проголосовал по бюджету в пятницу.", "в пятницу"),
    ],
)
def test_a_weekday_told_in_the_past_stays_the_last_one(tmp_path: Path, language: str, sentence: str, weekday: str) -> None:
    assert (weekday, LAST_FRIDAY) in _dates(tmp_path, sentence, language)
