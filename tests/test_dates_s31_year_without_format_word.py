"""A language with no date file whose CLDR format writes a word before the year ("d 'di' MMMM 'dal' y", Friulian;
"d MMMM 'del' y", Catalan) also writes the year right after the month: "28 di Setembar 2015" is one date, not a
day-month and a year apart. Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_year_right_after_the_month_joins_the_date() -> None:
    assert dates_read("Il consei si è tignût ai 28 di Setembar 2015 a Udin.", "fur") == [("28 di Setembar 2015", (2015, 9, 28))]
    assert dates_read("Lo conselh se tenguèt lo 5 de mai 2021 a Rodés.", "oc") == [("5 de mai 2021", (2021, 5, 5))]


def test_the_format_s_own_word_still_reads_and_a_count_after_a_month_is_no_year() -> None:
    assert dates_read("Il consei si è tignût ai 28 di Setembar dal 2015.", "fur") == [("28 di Setembar dal 2015", (2015, 9, 28))]
    assert dates_read("Ai 28 di Setembar 40 personis a son rivadis.", "fur") == [("28 di Setembar", (None, 9, 28))]
