"""An incident report's field of when it happened ("发生日期", date of occurrence) gives the event's day, never the
page's, also as a scraped table's row whose cells end in bars ("发生日期: |" over "2023-10-29 |"); a page's own date
line under another label still dates it. Pages written for the test (a mine accident), read as a new briefing
with no registry of its own reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

FIELDS = "|\n事故信息\n{label}: |\n2023-10-29 |\n发生地点: |\n煤矿矿井 |\n事故类型: |\n爆炸 |\n人员伤亡: |\n33人死亡 |\n"
BODY = "一、事故通报\n\n当地时间28日,一座煤矿发生爆炸,已造成33人死亡。\n\n事故原因正在调查中。\n"


def published_in_new_briefing(tmp_path: Path, text: str) -> str | None:
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "report.txt").write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    return extract(load_source(tmp_path / "sources" / "report.txt", tmp_path), registry).published.date


@pytest.mark.parametrize("label", ["发生日期", "發生日期", "发生时间"])
def test_a_field_of_when_it_happened_is_no_date_of_the_page(tmp_path: Path, label: str) -> None:
    assert published_in_new_briefing(tmp_path, FIELDS.format(label=label) + "\n" + BODY) is None


def test_a_published_field_still_dates_the_page(tmp_path: Path) -> None:
    assert published_in_new_briefing(tmp_path, FIELDS.format(label="发布日期") + "\n" + BODY) == "2023-10-29"
