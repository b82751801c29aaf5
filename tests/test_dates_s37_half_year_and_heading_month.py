"""French names a half or a quarter of a year before the year ("au 1er semestre 2023, le trafic"): that year, as a
season's ("l'été 2023"), not a count; a lower-case word after the figures makes them a count ("au cours du
trimestre, 2000 salariés"). And a heading inside a text that names a month and day relative to the date of writing
("تأجيل امتحانات 14 أيلول المقبل", the exams of next 14 September) states that day, as its sentences would; a heading's
"today" or weekday alone stays the page's furniture. Sentences written for the test (a port's traffic, exams put
off for an election)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


@pytest.mark.parametrize(
    ("sentence", "year"),
    [("Au 1er semestre 2023, le trafic du port a augmenté.", 2023), ("Au deuxième trimestre 2024, les ventes ont reculé.", 2024)],
)
def test_a_half_or_quarter_of_a_year(sentence: str, year: int) -> None:
    assert dates_read(sentence, "fr") == [(str(year), (year, None, None))]


def test_a_count_after_the_quarter_is_no_year() -> None:
    assert dates_read("Au cours du trimestre, 2000 salariés ont été embauchés.", "fr") == []


def test_a_headings_month_named_relative_to_now(tmp_path: Path) -> None:
    text = (
        "---\npublished: 2024-09-05\n---\n"
        "أعلنت الوزارة تأجيل الامتحانات في الجامعات الحكومية والخاصة بسبب الانتخابات النيابية المقررة في البلاد.\n\n"
        "تأجيل امتحانات 14 أيلول المقبل\n\n"
        "وقالت الوزارة إن الطلبة سيعودون إلى محافظاتهم للمشاركة في الاقتراع.\n\n"
        "اليوم الخميس\n\n"
        "وأضافت الوزارة أن الجامعات ستعلن المواعيد الجديدة لاحقا.\n"
    )
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    events = extract(load_source(root / "sources/page.txt", root), registry).events
    assert [(e.date_text, e.iso_date) for e in events] == [("14 أيلول المقبل", "2024-09-14")]
