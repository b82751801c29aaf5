"""A day of the month alone a few days after the date of writing (second review of the week-ahead rule): Japanese
cues are compared in NFC, so "だ" of "予定だ" and "また" (again) are no past; the tense that counts is that of the
day's own clause, closed by a quotative ("開くと発表した", "연다고 밝혔다"), not the reporting verb's; Chinese
"将于" (will, on) before the day tells it to come, a range ("20日至25日") stays in the month of writing, and "了"
inside a word (了解) is no past. Sentences written for the test, on a town's museum."""

from __future__ import annotations

import pytest
from conftest import make_project


def _event_dates(tmp_path, text: str) -> list[str | None]:
    root = make_project(tmp_path, {"page.txt": text})
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    registry, _ = load_registry(Project(root))
    return [e.date for e in extract(load_source(root / "sources/page.txt", root), registry).events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("博物館は20日に新館を公開する予定だ。", ["2023-04-20"]),
        ("博物館は19日に特別展を始める方針だ。", ["2023-04-19"]),
        ("博物館は20日にもまた講演会を開く。", ["2023-04-20"]),
        ("博物館は20日に新館を公開すると発表した。", ["2023-04-20"]),
        ("町は19日から入館料を下げると明らかにした。", ["2023-04-19"]),
        ("博物館は20日に新館を公開した。", ["2023-03-20"]),
        ("博物館は20日に新館を公開したと発表した。", ["2023-03-20"]),
    ],
)
def test_japanese_day_as_its_own_clause_tells_it(tmp_path, sentence, expected) -> None:
    assert _event_dates(tmp_path, f"博物館\n2023年4月16日\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("박물관은 20일 새 전시실을 연다고 밝혔다.", ["2023-04-20"]),
        ("박물관은 19일 특별전을 열 예정이라고 전했다.", ["2023-04-19"]),
        ("박물관은 20일 새 전시실을 열었다고 밝혔다.", ["2023-03-20"]),
    ],
)
def test_korean_reporting_verb_is_not_the_days_tense(tmp_path, sentence, expected) -> None:
    assert _event_dates(tmp_path, f"박물관\n2023년 4월 16일\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("博物馆新展将于20日至25日在市中心举行。", "2023-04-20"),
        ("博物馆新展19日至22日在市中心举行。", "2023-04-19"),
        ("博物馆新展将于20日开幕。", "2023-04-20"),
        ("20日,市政府将派专家了解博物馆受损情况。", "2023-04-20"),
        ("博物馆20日已关闭。", "2023-03-20"),
    ],
)
def test_chinese_day_to_come(tmp_path, sentence, expected) -> None:
    assert _event_dates(tmp_path, f"博物馆\n2023年4月16日\n\n{sentence}\n")[0] == expected
