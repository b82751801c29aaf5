"""A language whose every month's name (CLDR's, wide) opens with its word for "month", Cornish "mis" ("mis Genver",
January; "mis Hedra", October): the name written whole is a month with its own cue, also with no day or year
("yn mis Genver", in January), as "bulan September" is in Indonesian. The word alone, or before no month's name,
is none; a language whose names open with a preposition only some of the time ("de gener", "d'abril") gets no
such cue. Sentences written for the test."""

from __future__ import annotations

from briefing.datewords import words
from conftest import dates_read


def test_a_cornish_month_named_whole_is_a_month() -> None:
    assert dates_read("An kuntelles a veu synsys yn mis Genver.", "kw") == [("Genver", (None, 1, None))]
    assert dates_read("An kuntelles a veu synsys yn mis Genver 2013.", "kw") == [("mis Genver 2013", (2013, 1, None))]


def test_the_word_for_month_alone_is_no_date() -> None:
    assert dates_read("Hi a vynn mos dhe'n mis nessa.", "kw") == []
    assert dates_read("An mis a veu hir ha yeyn.", "kw") == []


def test_a_preposition_opening_some_names_is_no_cue() -> None:
    assert "de" not in (words("ca").extra.get("month_before") or [])
    assert words("kw").extra.get("month_before") == ["mis"]
