"""A Solar Hijri day without its year, beside the weekday it fell on ("روز پنجشنبه ۱۲ مهر"), in a text that states
no year and has no publication date: its Gregorian day is the one of the latest Solar Hijri year up to now in which
that day is that weekday (12 Mehr was a Thursday in 1403, on 3 October 2024; in most years it is 4 October), and the
text's other year-less days follow that year. Without a weekday, or with one whose latest year gives the usual day,
nothing changes. Texts written for the test (a library's reopening)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import dates
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


@pytest.fixture(autouse=True)
def _now_1405(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "solar_year_now", lambda: 1405)


def _events(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str]]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    found = extract(load_source(root / "sources/page.txt", root), registry).events
    return {e.date_text: (e.iso_date, e.date_basis) for e in found}


def test_a_weekday_pins_the_latest_year_it_fits(tmp_path: Path) -> None:
    text = (
        "بازگشایی کتابخانه شهر\n\n"
        "کتابخانه مرکزی شهر روز پنجشنبه ۱۲ مهر پس از دو سال بازسازی بازگشایی شد.\n\n"
        "نمایشگاه کتاب آن تا ۵ آبان ادامه دارد.\n"
    )
    events = _events(tmp_path, text)
    assert events["روز پنجشنبه ۱۲ مهر"] == ("--10-03", "year-unknown")
    assert events["۵ آبان"] == ("--10-26", "year-unknown")


def test_a_weekday_whose_latest_year_has_the_usual_day_changes_nothing(tmp_path: Path) -> None:
    text = "بازگشایی کتابخانه شهر\n\nکتابخانه مرکزی شهر روز شنبه ۱۲ مهر پس از دو سال بازسازی بازگشایی شد.\n"
    assert _events(tmp_path, text)["روز شنبه ۱۲ مهر"] == ("--10-04", "year-unknown")


def test_without_a_weekday_the_usual_day_stays(tmp_path: Path) -> None:
    text = "بازگشایی کتابخانه شهر\n\nکتابخانه مرکزی شهر ۱۲ مهر پس از دو سال بازسازی بازگشایی شد.\n"
    assert _events(tmp_path, text)["۱۲ مهر"] == ("--10-04", "year-unknown")


def test_the_latest_year_is_up_to_now(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # read in 1402, the latest Thursday 12 Mehr was in 1397 (4 October 2018): the usual day
    monkeypatch.setattr(dates, "solar_year_now", lambda: 1402)
    text = "بازگشایی کتابخانه شهر\n\nکتابخانه مرکزی شهر روز پنجشنبه ۱۲ مهر پس از دو سال بازسازی بازگشایی شد.\n"
    assert _events(tmp_path, text)["روز پنجشنبه ۱۲ مهر"] == ("--10-04", "year-unknown")
