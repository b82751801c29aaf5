"""Konkani glues its case endings to a noun as Marathi does (`languages` in data/scripts.yaml): a month's name with
the dative "-ाक" after its day is that day ("15 ऑगस्टाक", on 15 August). Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_month_with_a_glued_ending_is_the_day() -> None:
    assert dates_read("पणजेंत 15 ऑगस्टाक मोठो सुवाळो जातलो.", "kok") == [("15 ऑगस्टाक", (None, 8, 15))]
    assert dates_read("शाळा 3 जूनाक सुरू जातली.", "kok") == [("3 जूनाक", (None, 6, 3))]


def test_a_whole_date_still_reads_and_counts_are_no_dates() -> None:
    assert dates_read("ता. 12 मार्च 2022 दिसा सभा जाली.", "kok") == [("12 मार्च 2022", (2022, 3, 12))]
    assert dates_read("मडगांवांत 60 मनशांक आमंत्रण दिलें.", "kok") == []
    assert dates_read("गांवांत 40 घरांक उदक मेळ्ळें.", "kok") == []
