"""Ranges of years the grammar missed: two years before 1900 joined by a word, close and not round ("van 1821 tot
1823", "ynter 1795 ha 1796"); two years joined by a word written with an Indic script's vowel signs ("1985 నుంచి
1991 వరకు"); two years in a row after "between", whatever noun follows ("zwischen 2013 und 2014 Bürgermeister").
Round figures, long spans, pairs joined by a dash and counts stay as they were. Sentences written for the test (a
town's mayors and a lighthouse)."""

from __future__ import annotations

from conftest import dates_read


def test_close_old_years_joined_by_a_word_are_a_range() -> None:
    assert dates_read("De vuurtoren werd van 1851 tot 1853 gebouwd.", "nl") == [
        ("1851 tot 1853", (1851, None, None), (1853, None, None))
    ]
    assert dates_read("An golowji a veu drehevys ynter 1851 ha 1853.", "kw") == [
        ("1851 ha 1853", (1851, None, None), (1853, None, None))
    ]


def test_round_or_long_old_pairs_are_no_range() -> None:
    assert dates_read("Er kwamen 1500 tot 1505 bezoekers.", "nl") == []
    assert dates_read("Er kwamen 1851 tot 1875 bezoekers.", "nl") == []
    assert dates_read("Zie de bladzijden 1851-1853 van het boek.", "nl") == []


def test_years_joined_by_a_word_with_vowel_signs() -> None:
    assert dates_read("ఆయన 1996 నుంచి 2001 వరకు మేయర్‌గా ఉన్నారు.", "te") == [("1996 నుంచి 2001", (1996, None, None), (2001, None, None))]
    assert dates_read("1996 മുതൽ 2001 വരെ അദ്ദേഹം മേയറായിരുന്നു.", "ml") == [("1996 മുതൽ 2001", (1996, None, None), (2001, None, None))]
    assert dates_read("ఆయన 1996 నుంచి 2080 వరకు ఉన్నారు.", "te") == []


def test_two_years_in_a_row_after_between_are_a_term() -> None:
    sentence = "Sie war zwischen 2013 und 2014 Bürgermeisterin der Stadt."
    assert dates_read(sentence, "de") == [("2013 und 2014", (2013, None, None), (2014, None, None))]
    assert dates_read("Es kamen zwischen 2013 und 2020 Besucher.", "de") == []
    assert dates_read("Es kamen zwischen 2000 und 2001 Besucher.", "de") == []
