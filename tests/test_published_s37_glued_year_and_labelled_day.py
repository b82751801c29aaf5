"""Two header lines that date a page. A year glued to the time after it, as a scraper joins a date's element to its
time's ("14 Mar 202409:15 AM", "14.03.202409:15"), is the page's date line, on an English, French or Arabic page
alike; an hour past 23 or figures with no colon split nothing. A whole day alone above a section's label ("ALERT",
"CORRECTION", "Communiqué") is a bulletin's date line, where a day alone right over the headline stays the heading of
what an encyclopedia's chronicle tells, and a month over a label a calendar's. Texts written for the test (fisheries
talks between Togo and Benin), none from an evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

TEXT = "\n\nThe fisheries ministers of Togo and Benin met again on Thursday to settle the quotas of the coming season.\n"
TEXTE = "\n\nLes ministres de la pêche du Togo et du Bénin se sont retrouvés jeudi pour fixer les quotas de la saison.\n"
NASS = "\n\nاستأنف وزراء الصيد في توغو وبنين اليوم الخميس محادثاتهم حول حصص الموسم المقبل في العاصمة لومي.\n"


@pytest.mark.parametrize(
    ("header", "body", "date"),
    [
        ("Ferry talks resume in Lomé\n14 Mar 202409:15 AM\nFerry talks resume in Lomé", TEXT, "2024-03-14"),
        ("محادثات الصيد تستأنف في لومي\n14 Mar 202409:15 AM\nمحادثات الصيد تستأنف في لومي", NASS, "2024-03-14"),
        ("Pêche : reprise des discussions\n14.03.202409:15", TEXTE, "2024-03-14"),
    ],
)
def test_a_year_glued_to_its_time_dates_the_page(tmp_path: Path, header: str, body: str, date: str) -> None:
    assert published_of(tmp_path, header + body) == (date, "header")


@pytest.mark.parametrize(
    "line",
    [
        "14 Mar 202425:15",  # no hour of a day after the year
        "Ref. 2024091530",  # figures alone, no time
    ],
)
def test_figures_that_hold_no_time_stay_glued(tmp_path: Path, line: str) -> None:
    assert published_of(tmp_path, f"Ferry talks resume in Lomé\n{line}{TEXT}")[0] is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("9 February 2023\n\nALERT\n\nFisheries Bulletin\n\nQuotas - Togo" + TEXT, "2023-02-09"),
        ("9 February 2023\n\nCORRECTION\n\nQuotas - Togo" + TEXT, "2023-02-09"),
        ("3 mars 2024\n\nCommuniqué\n\nQuotas de pêche au Togo" + TEXTE, "2024-03-03"),
    ],
)
def test_a_day_above_a_section_label_is_the_bulletins_date(tmp_path: Path, text: str, date: str) -> None:
    assert published_of(tmp_path, text) == (date, "header")


@pytest.mark.parametrize(
    "text",
    [
        "12 July 2016\n\nQuotas - Togo" + TEXT,  # a chronicle's day right over the event it dates
        "March 2026\n\nCalendar\n\nQuotas - Togo" + TEXT,  # a month over a label: a calendar's
    ],
)
def test_a_heading_day_and_a_calendars_month_date_no_page(tmp_path: Path, text: str) -> None:
    assert published_of(tmp_path, text)[0] is None
