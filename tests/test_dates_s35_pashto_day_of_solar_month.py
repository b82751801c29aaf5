"""Pashto writes a Solar Hijri day also as the day, the genitive "د" and its month ("۱۶ د غویی", the 16th of
Ghwayay, 6 May): read before a stop, a year or a word for the day only, since the Pashto names of the solar months
are also nouns ("کب", fish; "تله", scales). Sentences written for the test (a council, a fisherman)."""

from __future__ import annotations

from conftest import dates_read


def test_day_genitive_month_is_that_solar_day() -> None:
    assert dates_read("شورا خپله غونډه د سهشنبې، ۱۶ د غویی، وکړه.", "ps") == [("۱۶ د غویی", (None, 5, 6))]
    assert dates_read("غونډه د ۲۰ د زمري په ورځ وشوه.", "ps") == [("۲۰ د زمري", (None, 8, 11))]


def test_a_count_of_the_same_noun_is_no_date() -> None:
    assert dates_read("کب نيونکي ۲۰ د کب ونیول.", "ps") == []
    assert dates_read("هغه ۳ د کب ټوټې وپلورلې.", "ps") == []
    assert dates_read("۱۶ کسان د لړم له امله روغتون ته یوړل شول.", "ps") == []
