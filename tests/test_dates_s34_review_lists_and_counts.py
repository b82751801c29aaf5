"""Review of s34 dates: two years each followed by the same Indic postposition are a list ("in 1985 and in 1991"),
not a range; Armenian "մոտ" (about) before a number counts that number, not the year before it. Sentences written
for the test."""

from __future__ import annotations

from conftest import dates_read


def test_the_same_word_after_both_years_is_a_list() -> None:
    assert [v for _, v, *r in dates_read("അവർ 1977 ലും 1980 ലും വിജയിച്ചു.", "ml") if r] == []
    assert [v for _, v, *r in dates_read("వారు 1977 లోనూ 1980 లోనూ గెలిచారు.", "te") if r] == []


def test_a_range_with_two_words_still_found() -> None:
    assert dates_read("ఆమె 1977 నుంచి 1980 వరకు పనిచేశారు.", "te") == [("1977 నుంచి 1980", (1977, None, None), (1980, None, None))]


def test_about_before_a_number_leaves_the_year() -> None:
    assert (2019, None, None) in [v for _, v, *_ in dates_read("2019-ին մոտ 300 ուսանող ավարտեց։", "hy")]
    assert dates_read("Եկան 3000-ին մոտ մարդ։", "hy") == []
