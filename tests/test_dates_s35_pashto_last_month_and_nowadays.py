"""Pashto "last month" and "last week" in the forms the adjective and noun take after a postposition ("د تېرې
میاشتې راهيسې", since last month) or with the masculine "تېر" ("تېر میاشت"), and "نن سبا" (nowadays), where
neither "نن" (today) nor "سبا" (tomorrow) is a date; both from the additions. Sentences written for the test
(prices at a market)."""

from __future__ import annotations

from conftest import dates_read


def test_last_month_in_its_oblique_and_masculine_forms() -> None:
    assert dates_read("د تېرې میاشتې راهيسې د غوړیو بیه لوړه شوې ده.", "ps") == [("تېرې میاشتې", "month-1")]
    assert dates_read("تېر مياشت د اوړو بیه ټيټه شوه.", "ps") == [("تېر مياشت", "month-1")]
    assert dates_read("د تېرې اونۍ په پای کې بازار تړلی و.", "ps") == [("تېرې اونۍ", "week-1")]


def test_nowadays_is_no_date() -> None:
    assert dates_read("نن سبا د وريجو بیه لوړه ده.", "ps") == []
    assert dates_read("دوکاندار وویل چې نن بازار تړلی دی او سبا به پرانیستل شي.", "ps") == [("نن", "day+0"), ("سبا", "day+1")]


def test_other_words_after_the_adjective_are_no_dates() -> None:
    assert dates_read("د تېرې کيسې په اړه یې څه ونه ویل.", "ps") == []
    assert dates_read("هغه د ښار له تېرې لارې راغی.", "ps") == []
