"""Review of the weekday-pinned Solar Hijri day (e4e3daeb, reverted): a year-less Solar Hijri day beside its weekday,
in a text that states no year and no publication date, keeps the Gregorian day of most years, whatever day the
build runs; the latest year up to the clock's was wrong for older texts (a Thursday 13 Dey of 1397) and made the
output depend on the day of the build. Texts written for the test (a council meeting, a library)."""

from __future__ import annotations

from pathlib import Path

import jdatetime
import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


def _events(tmp_path: Path, text: str) -> dict[str, str | None]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    found = extract(load_source(root / "sources/page.txt", root), registry).events
    return {e.date_text: e.iso_date for e in found}


COUNCIL = "جلسه شورای شهر\n\nجلسه شورای شهر روز پنجشنبه ۱۳ دی در ساختمان شهرداری برگزار شد.\n"
LIBRARY = "بازگشایی کتابخانه\n\nکتابخانه مرکزی روز پنجشنبه ۱۲ مهر پس از بازسازی بازگشایی شد.\n"


def test_a_weekday_alone_keeps_the_usual_day(tmp_path: Path) -> None:
    assert _events(tmp_path, COUNCIL)["روز پنجشنبه ۱۳ دی"] == "--01-03"


@pytest.mark.parametrize("year", [1402, 1405, 1420])
def test_the_day_of_the_build_changes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, year: int) -> None:
    monkeypatch.setattr(jdatetime.date, "today", classmethod(lambda cls: cls(year, 6, 1)))
    assert _events(tmp_path, LIBRARY)["روز پنجشنبه ۱۲ مهر"] == "--10-04"
