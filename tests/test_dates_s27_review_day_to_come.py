"""A day of the month alone a few days after the date of writing (review of the week-ahead rule): a day the month
of writing has not is of the month before; a day the sentence tells as past ("지난 20일", a past-tense verb) is of
the month before; in Chinese, whose verbs do not mark the past, only a future cue keeps it in the month of writing;
the two days of a range ("20日から25日まで", "20일부터 25일까지") are of one month. Each sentence is written for
the test, on a topic of its own (a town's library)."""

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
    ("text", "expected"),
    [
        ("図書館\n2023年6月25日\n\n市立図書館は31日に閉館した。\n", ["2023-05-31"]),
        ("图书馆\n2023年4月26日\n\n市立图书馆31日发生火灾。\n", ["2023-03-31"]),
        ("図書館\n2023年2月24日\n\n市立図書館は30日に閉館した。\n", ["2023-01-30"]),
        ("図書館\n2023年9月27日\n\n市立図書館の前の道は31日に閉じられた。\n", ["2023-08-31"]),
    ],
)
def test_a_day_the_month_of_writing_has_not_is_of_the_month_before(tmp_path, text, expected) -> None:
    assert _event_dates(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도서관\n2023년 4월 16일\n\n시립도서관에서 지난 20일 화재가 발생해 책 수백 권이 불에 탔다.\n", ["2023-03-20"]),
        ("도서관\n2023년 4월 16일\n\n시립도서관은 18일 새 열람실을 열었다.\n", ["2023-03-18"]),
        ("図書館\n2023年4月16日\n\n市立図書館で20日に火災が発生し、本数百冊が焼けた。\n", ["2023-03-20"]),
        ("图书馆\n2023年4月16日\n\n市立图书馆20日发生火灾,数百本书被烧毁。\n", ["2023-03-20"]),
        ("图书馆\n2023年4月16日\n\n市立图书馆19日已关闭阅览室。\n", ["2023-03-19"]),
        ("图书馆\n2023年4月16日\n\n20日,市立图书馆发生了火灾。\n", ["2023-03-20"]),
    ],
)
def test_a_past_day_is_never_after_the_date_of_writing(tmp_path, text, expected) -> None:
    assert _event_dates(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도서관\n2023년 4월 16일\n\n시립도서관은 오는 20일 새 열람실을 연다.\n", ["2023-04-20"]),
        ("図書館\n2023年4月16日\n\n市立図書館は20日に新しい閲覧室を開く。\n", ["2023-04-20"]),
        ("图书馆\n2023年4月16日\n\n市立图书馆20日起会关闭阅览室。\n", ["2023-04-20"]),
        ("图书馆\n2023年4月16日\n\n20日,市立图书馆将关闭阅览室,昨天已搬走了书架。\n", ["2023-04-20", "2023-04-15"]),
    ],
)
def test_a_day_told_to_come_stays_in_the_month_of_writing(tmp_path, text, expected) -> None:
    assert _event_dates(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("図書館\n2023年4月16日\n\n市立図書館は今月20日から25日まで休館する。\n", ["2023-04-20", "2023-04-25"]),
        ("図書館\n2023年4月16日\n\n市立図書館は20日から25日まで休館する。\n", ["2023-04-20", "2023-04-25"]),
        ("도서관\n2023년 4월 16일\n\n시립도서관은 20일부터 25일까지 휴관한다.\n", ["2023-04-20", "2023-04-25"]),
    ],
)
def test_the_two_days_of_a_range_are_of_one_month(tmp_path, text, expected) -> None:
    assert _event_dates(tmp_path, text) == expected
