"""A weekday joined to a later one by a range's joiner ("من الجمعة إلى الأحد", "du vendredi au dimanche", "from
Friday to Sunday", "ليلة الأحد إلى الاثنين") is one span from its first day to its last, not the last day alone: the
Maghreb's "إلى غاية" (until) joins too, and so does "until midnight of" ("إلى منتصف الليل من يوم الأحد"). The span is
the coming one when its last day is "next" ("الأحد المقبل") or its sentence tells of what is to come ("مرتقبة",
expected; "will"), as a forecast or a notice looks ahead; else the last one, as a report tells it. Two weekdays
joined by "and" stay two. Sentences written for the test (a storm warning, a port's closure), under a page dated
Thursday 16 May 2024."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


def _spans(tmp_path: Path, sentence: str) -> list[tuple[str, str | None, str | None]]:
    root = make_project(tmp_path, {"page.txt": f"---\npublished: 2024-05-16\n---\n{sentence}\n"})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return [(e.date_text, e.iso_date, e.date_end) for e in briefing.events]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # to come: "expected", "next", "will"
        ("أمطار غزيرة مرتقبة من الجمعة إلى الأحد في عدة مناطق من البلاد.", ("الجمعة إلى الأحد", "2024-05-17", "2024-05-19")),
        (
            "تهب رياح قوية على السواحل ابتداء من يوم الجمعة وإلى غاية الأحد المقبل حسب المصالح المختصة.",
            ("يوم الجمعة وإلى غاية الأحد المقبل", "2024-05-17", "2024-05-19"),
        ),
        (
            "يغلق الميناء من الساعة الثامنة صباحا من يوم السبت إلى منتصف الليل من يوم الأحد المقبل.",
            ("يوم السبت إلى منتصف الليل من يوم الأحد المقبل", "2024-05-18", "2024-05-19"),
        ),
        ("The harbour will stay closed to small boats from Friday to Sunday.", ("Friday to Sunday", "2024-05-17", "2024-05-19")),
        # told of as past: the last such span
        ("أغلقت السلطات الطرق ليلة الأحد إلى الاثنين بسبب السيول.", ("ليلة الأحد إلى الاثنين", "2024-05-12", "2024-05-13")),
        ("Les routes ont été coupées du vendredi au dimanche.", ("vendredi au dimanche", "2024-05-10", "2024-05-12")),
        ("The harbour stayed closed to small boats from Friday to Sunday.", ("Friday to Sunday", "2024-05-10", "2024-05-12")),
    ],
)
def test_a_span_of_weekdays(tmp_path: Path, sentence: str, span: tuple[str, str, str]) -> None:
    assert _spans(tmp_path, sentence) == [span]


def test_two_weekdays_joined_by_and_stay_two() -> None:
    found = dates_read("تبادل الطرفان القصف يومي الثلاثاء والأربعاء على الحدود.", "ar")
    assert [value for _, value in found] == ["weekday", "weekday"]


def test_a_weekday_alone_under_a_future_cue_is_no_span(tmp_path: Path) -> None:
    ((text, _, end),) = _spans(tmp_path, "أمطار غزيرة مرتقبة يوم الجمعة في عدة مناطق من البلاد.")
    assert text == "يوم الجمعة" and end is None
