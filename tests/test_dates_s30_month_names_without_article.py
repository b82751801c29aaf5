"""Where CLDR writes every month's name after a short word of its own, an article or a preposition (Scottish Gaelic
"An Dàmhair", "Am Màrt"; "dhen Dàmhair", of October), the name without it is the month too, as a sentence writes it
after its own preposition or before a day, and mutated as the language mutates it ("sa Mhàrt", in March). Each
sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_month_and_its_day_without_the_article() -> None:
    assert dates_read("Thachair e Diluain, Dùbhlachd 7.", "gd") == [("Dùbhlachd 7", (None, 12, 7))]


def test_a_month_and_its_year_after_a_preposition() -> None:
    assert dates_read("Thàinig iad dhachaigh san Dàmhair 2019.", "gd") == [("Dàmhair 2019", (2019, 10, None))]
    assert dates_read("Dh'fhosgail an sgoil sa Mhàrt 2018.", "gd") == [("Mhàrt 2018", (2018, 3, None))]


def test_a_name_that_opens_like_a_month_is_no_month() -> None:
    assert dates_read("Bha Màrtainn agus Seumas ann.", "gd") == []
