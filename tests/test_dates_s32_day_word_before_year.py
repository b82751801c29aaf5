"""A day and month, then the language's word for "day" (dateparser's, in a case form or as its initial with a dot),
then a year: the date's year, as Northern Sami writes it ("golggotmánu 20. beaivvi 2021", "20. b. 2021": of
October, the 20th day, 2021). Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_the_word_for_day_between_day_and_year() -> None:
    assert dates_read("Skuvla rahppui borgemánu 14. beaivvi 2019 Kárášjogas.", "se") == [
        ("borgemánu 14. beaivvi 2019", (2019, 8, 14))
    ]
    assert dates_read("Lávdegoddi čoahkkanii njukčamánu 3. b. 2020.", "se") == [("njukčamánu 3. b. 2020", (2020, 3, 3))]


def test_no_year_without_the_word_or_after_a_comma() -> None:
    assert dates_read("Festivála álgá borgemánu 14. beaivvi.", "se") == [("borgemánu 14.", (None, 8, 14))]
    assert dates_read("Čoahkkin lei borgemánu 14. beaivvi, 2019 jagi bušeahtta dohkkehuvvui.", "se") == [
        ("borgemánu 14.", (None, 8, 14)),
        ("2019", (2019, None, None)),
    ]
    assert dates_read("Borgemánu 14. beaivvi 150 olbmo bohte.", "se") == [("Borgemánu 14.", (None, 8, 14))]
