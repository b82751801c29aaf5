"""Slovenian "današnji" (today's) is a date before a thing of the day ("na današnji seji"), not before a place's
name ("današnje Avstrije", today's borders) or "čas"/"dni" (nowadays); Bulgarian "края на седмицата" (the end of
the week) is not one when "на" and a noun follow (the end of a named week, a festival's). Each sentence is written
for the test."""

from __future__ import annotations

from conftest import dates_read


def test_slovenian_today_adjective_before_a_thing_of_the_day() -> None:
    assert dates_read("Po današnjem porazu je trener odstopil.", "sl") == [("današnjem", "day+0")]


def test_slovenian_today_adjective_is_no_date_before_a_name_or_time() -> None:
    assert dates_read("Rimljani so gradili ceste po ozemlju današnje Avstrije.", "sl") == []
    assert dates_read("V današnjem času skoraj vsak nosi telefon.", "sl") == []
    assert dates_read("Do današnjih dni se je ohranil le stolp.", "sl") == []


def test_bulgarian_end_of_week() -> None:
    assert dates_read("Отговорът ще дойде до края на седмицата.", "bg") == [("края на седмицата", "week+0")]
    assert dates_read("В края на седмицата на книгата в Пловдив раздадоха награди.", "bg") == []
