"""Review of the Solar Hijri day first in figures: its year must be one of the calendar's modern use (1304 to 1429),
a Gregorian-looking year such as 1453 is no Solar Hijri one. Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_medieval_gregorian_year_is_no_solar_hijri_one() -> None:
    assert all(value[0] < 2030 for _, value in dates_read("در تاریخ 29/05/1453 قسطنطنیه سقوط کرد.", "fa"))


def test_a_modern_solar_hijri_deadline_stays_read() -> None:
    assert [value for _, value in dates_read("مهلت ثبت نام تا مورخ 21/02/1400 است.", "fa")] == [(2021, 5, 11)]
    assert [value for _, value in dates_read("جلسه در تاریخ 05/03/1304 برگزار شد.", "fa")] == [(1925, 5, 26)]
