"""Hand additions (data/dates/additions): Scottish Gaelic's day as an ordinal with the word for day before "sa"/"’sa"
or "dhen" and the month ("an 3mh latha ’sa Mhàrt"), never a count of days ("10 latha sa Ghearran", ten days in
February); Chuvash's Russian month names in the genitive before a day ("октябрӗн 5-мӗшӗнче"), with the year before
them, never the bare "май" (way, means). Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read as read


def test_a_gaelic_ordinal_day_with_the_word_for_day_is_a_date() -> None:
    assert read("Thòisich an fhèis air an 3mh latha ’sa Mhàrt.", "gd") == [("3mh latha ’sa Mhàrt", (None, 3, 3))]
    assert read("Thòisich an fhèis air an 3mh latha dhen Mhàrt 2020.", "gd") == [("3mh latha dhen Mhàrt 2020", (2020, 3, 3))]


def test_a_gaelic_count_of_days_is_no_date() -> None:
    assert read("Bha i 10 latha sa Ghearran ann an Glaschu.", "gd") == []


def test_a_chuvash_loan_month_in_the_genitive_before_its_day() -> None:
    assert read("2019 ҫулхи октябрӗн 5-мӗшӗнче концерт иртрӗ.", "cv") == [("2019 ҫулхи октябрӗн 5", (2019, 10, 5))]
    assert read("Концерт 5 октябрӗн 2019 иртрӗ.", "cv") == [("5 октябрӗн 2019", (2019, 10, 5))]


def test_the_chuvash_word_for_way_is_no_month() -> None:
    assert read("Ку ӗҫе тума май пур.", "cv") == []
