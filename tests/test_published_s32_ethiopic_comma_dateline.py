"""An Amharic agency's dateline sets its place off with the Ethiopic comma ("፣"), as Arabic's with "،" and Latin's
with ",": "አዲስ አበባ፣ ጥር 12፣ 2015 (ኢዜአ) …" dates the page (12 Tir 2015 of the Ethiopian calendar, 20 January 2023).
A date that a sentence's clause states after its comma is no dateline. Each page is written for the test."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

TEXT = "የከተማው ምክር ቤት በመንገድ እና በትምህርት ቤቶች ግንባታ ላይ ተወያይቷል፡፡ ስብሰባው ለሁለት ሰዓታት ቆይቷል፡፡"


def test_a_place_set_off_by_the_ethiopic_comma_then_the_date_and_agency_dates_the_page(tmp_path: Path) -> None:
    page = f"አዲስ አበባ፣ ጥር 12፣ 2015 (ኢዜአ) የከተማው ምክር ቤት ዛሬ ስብሰባ አካሂዷል፡፡ {TEXT}\n"
    assert published_of(tmp_path, page) == ("2023-01-20", "dateline")


def test_a_clause_before_the_ethiopic_comma_is_no_place(tmp_path: Path) -> None:
    page = f"የከተማው ምክር ቤት በመንገድ ግንባታ ላይ ከተወያየ በኋላ፣ ጥር 12፣ 2015 (ኢዜአ) ውሳኔ አሳልፏል፡፡ {TEXT}\n"
    assert published_of(tmp_path, page) == (None, "not-stated")


def test_a_place_and_a_count_after_the_comma_dates_nothing(tmp_path: Path) -> None:
    page = f"አዲስ አበባ፣ 12 የምክር ቤት አባላት በከተማው አዳራሽ ስብሰባ አካሂደዋል፡፡ {TEXT} {TEXT}\n"
    assert published_of(tmp_path, page) == (None, "not-stated")
