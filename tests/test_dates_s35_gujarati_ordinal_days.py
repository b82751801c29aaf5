"""Gujarati writes the first days of a month as ordinal words before the month's name ("પહેલી મે", the first of
May): read there from the additions (`day_words`, `spelled_days`), never before another noun ("પહેલી વાર", the
first time; "પહેલી મેચ", the first match). Sentences written for the test (a fair, a cricket team)."""

from __future__ import annotations

from conftest import dates_read


def test_an_ordinal_day_before_a_month_is_that_day() -> None:
    assert dates_read("મેળો પહેલી મે 1998ના રોજ શરૂ થયો હતો.", "gu") == [("પહેલી મે 1998", (1998, 5, 1))]
    assert dates_read("પ્રદર્શન પહેલી નવેમ્બર સુધી ખુલ્લું રહેશે.", "gu") == [("પહેલી નવેમ્બર", (None, 11, 1))]
    assert dates_read("મેળો ત્રીજી ઓક્ટોબરે શરૂ થશે.", "gu") == [("ત્રીજી ઓક્ટોબરે", (None, 10, 3))]


def test_an_ordinal_before_another_noun_is_no_date() -> None:
    assert dates_read("ટીમે પહેલી વાર ટ્રોફી જીતી.", "gu") == []
    assert dates_read("ટીમે પહેલી મેચમાં 200 રન બનાવ્યા.", "gu") == []
    assert dates_read("આ બીજી ટીમ છે અને દસમી ખેલાડી પણ છે.", "gu") == []
