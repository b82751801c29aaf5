"""A Solar Hijri day without its year beside its weekday ("روز جمعه ۱۸ خرداد"): a day that falls on one Gregorian
day in some years and on the next in others takes the Gregorian day of the latest Solar Hijri year, up to the
current one, in which it falls on that weekday (a weekday beside a day speaks of a recent one), and the text's
other days without their year follow it. The year stays unstated. A stated year or a publication date still
converts the day exactly; a day without its weekday keeps the Gregorian day of most years. Sentences written for
the test, on a topic of their own (a water-sharing agreement signed in Zahedan)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from briefing.dates import find_dates, pinned_solar
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import make_project


def _events(tmp_path: Path, text: str) -> list[tuple[str, str | None, str]]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return [
        (e.date_text, e.iso_date, e.date_basis) for e in extract(load_source(root / "sources/page.txt", root), registry).events
    ]


def _day(sentence: str, today: dt.date) -> tuple[int | None, int | None]:
    (d,) = pinned_solar(find_dates(sentence, "fa"), today)
    return d.month, d.day


@pytest.mark.parametrize(
    ("sentence", "today", "day"),
    [
        # Friday 18 Khordad: 7 June 2024 (1403), 8 June 2018 (1397)
        ("وزیران روز جمعه ۱۸ خرداد توافق آب را در زاهدان امضا کردند.", dt.date(2026, 1, 10), (6, 7)),
        ("وزیران روز جمعه ۱۸ خرداد توافق آب را در زاهدان امضا کردند.", dt.date(2019, 1, 10), (6, 8)),
        # Monday 8 Bahman: 27 January 2025 (1403)
        ("مجلس روز دوشنبه هشتم بهمن توافق آب را تصویب کرد.", dt.date(2026, 1, 10), (1, 27)),
        # Tuesday 27 Azar: 17 December 2024 (1403)
        ("هیئت روز سه شنبه 27 آذرماه به زاهدان رسید.", dt.date(2026, 1, 10), (12, 17)),
    ],
)
def test_a_solar_day_beside_its_weekday_is_the_latest_year_it_falls_on_it(
    sentence: str, today: dt.date, day: tuple[int, int]
) -> None:
    assert _day(sentence, today) == day


def test_a_solar_day_without_its_weekday_keeps_the_day_of_most_years() -> None:
    assert _day("وزیران ۱۸ خرداد توافق آب را در زاهدان امضا کردند.", dt.date(2026, 1, 10)) == (6, 8)


def test_the_weekday_fixes_the_texts_other_days_without_their_year(tmp_path: Path) -> None:
    text = "توافق آب در زاهدان\n\nوزیران توافق آب را ۸ تیرماه در زاهدان امضا کردند.\n\nمجلس آن را روز جمعه ۱۵ تیرماه تصویب کرد.\n"
    events = _events(tmp_path, text)
    assert ("۸ تیرماه", "--06-28", "year-unknown") in events  # 29 June in most years
    assert next(e for e in events if "۱۵" in e[0])[1:] == ("--07-05", "year-unknown")


def test_a_stated_year_still_converts_the_day_exactly(tmp_path: Path) -> None:
    text = "توافق آب در زاهدان\n\nوزیران روز جمعه ۱۸ خرداد ۱۳۹۷ توافق آب را در زاهدان امضا کردند.\n"
    assert [e[1] for e in _events(tmp_path, text)] == ["2018-06-08"]


def test_a_publication_date_still_converts_the_day_in_its_year(tmp_path: Path) -> None:
    text = (
        "توافق آب در زاهدان\n\n"
        "۱۰ ژوئن ۲۰۱۸\n\n"
        "وزیران روز جمعه ۱۸ خرداد توافق آب را در زاهدان امضا کردند و مجلس آن را بررسی می کند.\n"
    )
    events = _events(tmp_path, text)
    assert next(e for e in events if "خرداد" in e[0])[1] == "2018-06-08"
