"""A headline states the dates it names relative to the time of writing ("5 лет назад ликвидирован …", "Сегодня
состоится церемония …", "… ten years ago …"), as a sentence does; a heading holding a weekday or "today" with at
most a few words beside it ("Today", "Сегодня, 14:05") is the page's furniture, no statement. A heading's dates
stated in full are read as before. Texts written for the test (a harbour's news)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


def _events(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return [(e.date_text, e.iso_date) for e in extract(load_source(root / "sources/page.txt", root), registry).events]


BODY = {
    "ru": "Причал построили по проекту городского совета. Работы вела местная компания.",
    "en": "The pier was built to a design by the city council. A local company did the work.",
    "fr": "Le quai a été construit selon un projet du conseil municipal. Une entreprise locale a fait les travaux.",
}


@pytest.mark.parametrize(
    ("language", "heading", "expected"),
    [
        ("ru", "10 лет назад в порту Новограда открыли новый причал", [("10 лет назад", "2014")]),
        ("ru", "Сегодня в порту Новограда откроют новый причал", [("Сегодня", "2024-03-13")]),
        ("en", "Novograd harbour opened its new pier ten years ago", [("ten years ago", "2014")]),
        ("fr", "Le port de Novograd a inauguré hier son nouveau quai", [("hier", "2024-03-12")]),
    ],
)
def test_a_headline_states_its_relative_date(tmp_path: Path, language: str, heading: str, expected: list) -> None:
    text = f"---\npublished: 2024-03-13\nlanguage: {language}\n---\n# Port\n\n## {heading}\n\n{BODY[language]}\n"
    assert _events(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("language", "heading"),
    [("ru", "Сегодня"), ("ru", "Вчера, 14:05"), ("en", "Today at noon"), ("fr", "Lundi dernier au port")],
)
def test_a_short_heading_is_furniture(tmp_path: Path, language: str, heading: str) -> None:
    text = f"---\npublished: 2024-03-13\nlanguage: {language}\n---\n# Port\n\n## {heading}\n\n{BODY[language]}\n"
    assert _events(tmp_path, text) == []
