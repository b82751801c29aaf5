"""A day after the words for "this month" where CLDR glues a word to a day written alone ("3日", "3일"): a day of
the month of writing, as the day after "last month" is one of the month before ("先月20日"). The phrase is
dateparser's ("今月", "이번 달"), the day's word CLDR's; no word is listed for one language. Each sentence is
written for the test, on a topic of its own (a town's library)."""

from __future__ import annotations

import pytest
from conftest import dates_read, make_project


@pytest.mark.parametrize(
    ("sentence", "language", "text"),
    [
        ("図書館は今月12日に新しい閲覧室を開いた。", "ja", "今月12日"),
        ("도서관은 이번 달 12일 새 열람실을 열었다.", "ko", "이번 달 12일"),
    ],
)
def test_a_day_of_this_month(sentence: str, language: str, text: str) -> None:
    assert dates_read(sentence, language) == [(text, "this-month-day")]


def test_the_phrase_alone_is_still_the_month() -> None:
    assert dates_read("図書館の利用者は今月も増えた。", "ja") == [("今月", "month+0")]


def test_last_month_s_day_is_unchanged() -> None:
    assert dates_read("図書館は先月20日に休館した。", "ja") == [("先月20日", "last-month-day")]


def test_the_month_of_writing_dates_it(tmp_path) -> None:
    """Under a page dated 17 July 2024, "今月3日" is 3 July 2024."""
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    text = (
        "図書館の新しい閲覧室\n2024年7月17日\n\n"
        "市立図書館は今月3日、新しい閲覧室を開いた。閲覧室には約2000冊の本が並ぶ。利用者は多い。\n"
    )
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    events = extract(load_source(root / "sources/page.txt", root), registry).events
    assert any(e.date == "2024-07-03" for e in events)
