"""A day of the month alone where CLDR glues a word to it ("20日"), a few days after the date of writing: a day the
report announces, of the month of writing, not of the month before, which a report names as such ("先月20日"). At
most a week on; further, the month before as until now. Each sentence is written for the test, on a topic of its
own (a town's library)."""

from __future__ import annotations

from conftest import make_project


def _event_dates(tmp_path, text: str) -> list[str | None]:
    root = make_project(tmp_path, {"page.txt": text})
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    registry, _ = load_registry(Project(root))
    return [e.date for e in extract(load_source(root / "sources/page.txt", root), registry).events]


def test_a_day_alone_soon_after_the_date_of_writing_is_of_its_month(tmp_path) -> None:
    """Under a page dated 16 April 2023, "20日" (four days on) is 20 April, an announced day, not 20 March; "29日",
    further than a week on, is still 29 March."""
    text = (
        "図書館の新しい閲覧室\n2023年4月16日\n\n"
        "市立図書館は20日に新しい閲覧室を開く。閲覧室には約2000冊の本が並ぶ。利用者は多い。\n\n"
        "図書館の古い閲覧室は29日に閉じられた。閉じた閲覧室の本は移された。\n"
    )
    dates = _event_dates(tmp_path, text)
    assert "2023-04-20" in dates
    assert "2023-03-29" in dates
