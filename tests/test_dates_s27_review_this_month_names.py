"""Korean "이달의" before a noun names a thing of its month, no date: "이달의 선수" (the player of the month, an award
of the month it names), "이달의 소녀" (a group's name); "이달" before a day, "말" or a verb is still this month.
Each sentence is written for the test, on a topic of its own (a footballer, a girl group, a library)."""

from __future__ import annotations

import pytest
from conftest import dates_read, make_project


@pytest.mark.parametrize(
    "sentence",
    ["이달의 소녀 멤버 츄가 새 소속사와 계약했다.", "그는 리그 이달의 선수로 뽑혔다.", "이달의 책으로 시집 한 권이 선정됐다."],
)
def test_this_months_before_a_noun_is_no_date(sentence: str) -> None:
    assert dates_read(sentence, "ko") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("도서관은 이달 말 문을 연다.", [("이달", "month+0")]),
        ("도서관은 이달에 문을 연다.", [("이달에", "month+0")]),
        ("도서관은 이달 20일 문을 연다.", [("이달 20일", "this-month-day")]),
    ],
)
def test_this_month_before_a_day_or_a_verb_is_still_a_date(sentence: str, expected) -> None:
    assert dates_read(sentence, "ko") == expected


def test_no_event_from_the_player_of_the_month(tmp_path) -> None:
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    text = "축구\n2023년 4월 16일\n\n손흥민은 프리미어리그 3월 이달의 선수로 선정됐다.\n"
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    events = extract(load_source(root / "sources/page.txt", root), registry).events
    assert [e.date for e in events if e.date_text == "이달의"] == []
