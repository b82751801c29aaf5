"""A masthead's clock of today in two calendars, Gregorian and Hijri, read under the site's name the header first
took for the title: it is no date of the page, as the same clock above the headline is not; the page's own stamp
in both calendars under its headline stays its date. Each text is written for the test (a library's hours)."""

from __future__ import annotations

from conftest import published_of

LIBRARY_AR = "أعلنت المكتبة العامة في المدينة أنها ستفتح أبوابها مساء كل خميس حتى العاشرة ليلا.\n"


def test_a_two_calendar_clock_under_the_sites_name_is_no_date_of_the_page(tmp_path) -> None:
    head = "بوابة المدينة\nالخميس 5 مارس 2026 09:15 صـ 16 رمضان 1447 هـ\nرئيس مجلس الإدارة ورئيس التحرير أحمد سالم\n\n"
    assert published_of(tmp_path, head + LIBRARY_AR)[0] is None


def test_the_same_clock_above_the_headline_is_still_none(tmp_path) -> None:
    head = "الخميس 5 مارس 2026 09:15 صـ 16 رمضان 1447 هـ\nرئيس مجلس الإدارة ورئيس التحرير أحمد سالم\n\n"
    assert published_of(tmp_path, head + LIBRARY_AR)[0] is None


def test_a_stamp_in_both_calendars_under_the_headline_stays_the_pages(tmp_path) -> None:
    head = "المكتبة العامة تمدد ساعات العمل مساء كل خميس\n\nالخميس 5 مارس 2026 - 16 رمضان 1447 هـ\n\n"
    assert published_of(tmp_path, head + LIBRARY_AR)[0] == "2026-03-05"


def test_a_stamp_under_the_sites_name_in_one_calendar_stays_the_pages(tmp_path) -> None:
    head = "بوابة المدينة\nالخميس 5 مارس 2026 09:15 صـ\nالمكتبة العامة تمدد ساعات العمل مساء كل خميس حتى العاشرة\n\n"
    assert published_of(tmp_path, head + LIBRARY_AR)[0] == "2026-03-05"
