"""Turkmen writes a year as an ordinal before the word for "year" ("2013-nji ýylda", "2024-nji ýylyň"), a day after
its month and "aýynyň" ("iýun aýynyň 7-sinde"), and yesterday, last year and "the year upon us" as words
(`additions/tk.yaml`); a decade ("1990-njy ýyllarda") and a round or a minute ("13-nji tapgyr", "73-nji minut")
are no dates, nor "ertir" (morning, tomorrow). Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_an_ordinal_year_before_the_word_for_year_is_that_year() -> None:
    assert dates_read("Mekdep 2012-nji ýylda açyldy.", "tk") == [("2012", (2012, None, None))]
    assert dates_read("2025-nji ýylyň býudjeti kabul edildi.", "tk") == [("2025", (2025, None, None))]


def test_a_day_after_its_month_and_ayynyn_is_that_day() -> None:
    assert dates_read("Sergi awgust aýynyň 12-sinde açylar.", "tk") == [("awgust aýynyň 12-sinde", (None, 8, 12))]


def test_relative_words_are_relative() -> None:
    assert dates_read("Düýn ýygnak geçirildi.", "tk") == [("Düýn", "day-1")]
    assert dates_read("Üstümizdäki ýylyň hasyly bol.", "tk") == [("Üstümizdäki ýylyň", "year+0")]


def test_a_decade_a_round_or_a_morning_is_no_date() -> None:
    assert dates_read("Bina 1980-nji ýyllarda guruldy.", "tk") == []
    assert dates_read("Topar 13-nji tapgyrda 73-nji minutda gol geçirdi.", "tk") == []
    assert dates_read("Ertir sagat 9-da ýola çykdyk.", "tk") == []
