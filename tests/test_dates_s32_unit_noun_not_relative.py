"""A one-word phrase dateparser gives for this, last or next year that is also CLDR's noun for the year itself
(Upper and Lower Sorbian "lět", the count's "years") names no date: its forms "lěće", "lěśe", "lěta" are the noun
("w lěće 1912", in the year 1912), not "this year". Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_the_noun_year_before_a_year_is_no_relative_date() -> None:
    assert dates_read("Towarstwo bu w lěće 1925 w Kamjencu załožene.", "hsb") == [("1925", (1925, None, None))]
    assert dates_read("W lěśe 1880 jo se šula we wsy twarła.", "dsb") == [("1880", (1880, None, None))]
    assert dates_read("Z lěta 1705 pochadźa najstarši zapisk.", "hsb") == [("1705", (1705, None, None))]


def test_the_noun_alone_or_in_a_count_is_no_date() -> None:
    assert dates_read("Wot sydmdźesatych lět so tam wjace njespěwa.", "hsb") == []
    assert dates_read("To lěto bě za wjes ćežke.", "hsb") == []
    assert dates_read("Wón je tam dźesać lět dźěłał.", "hsb") == []


def test_the_words_for_this_and_last_year_still_read() -> None:
    assert dates_read("Lětsa so swjedźeń zaso w Kulowje wotměje.", "hsb") == [("Lětsa", "year+0")]
    assert dates_read("Loni je so wjele hosći zešło.", "hsb") == [("Loni", "year-1")]
