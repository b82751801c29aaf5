"""Fixes of review s8's findings on the date grammar (issue 14): each test pins the user-visible reading of a
sentence written for the tests (on a harbour and its ships), never one of a set."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "day"),
    [
        ("ar", "في الثامن من ذي الحجة، الأحد 12 أكتوبر 1913 افتتح الميناء.", (1913, 10, 12)),
        ("ar", "في 3 رجب الموافق 14 مارس 2095 يفتتح الميناء.", (2095, 3, 14)),
        ("fa", "در ۲ رمضان برابر با ۷ مه ۱۸۸۰ بندر افتتاح شد.", (1880, 5, 7)),
    ],
)
def test_yearless_hijri_day_beside_a_day_outside_the_tables(language: str, sentence: str, day: tuple[int, int, int]) -> None:
    """A Gregorian day outside the Umm al-Qura tables (1924-2077) beside a Hijri day without its year is read
    as stated; the build does not stop on it."""
    assert [value for _, value in read(sentence, language)] == [day]
