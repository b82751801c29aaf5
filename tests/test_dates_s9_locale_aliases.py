"""Date words of a language CLDR files only under an alias (issue 14 item 1): Tagalog ("tl") reads CLDR's and
dateparser's Filipino ("fil") data, its weekdays and relative words. Sentences written for the tests, on a flood."""

from __future__ import annotations

from conftest import dates_read as read


def test_a_tagalog_weekday_alone_is_read_from_filipino_locale_data() -> None:
    found = read("Bumaha sa lungsod noong Martes ayon sa mga opisyal.", "tl")
    assert [(text, kind) for text, kind in found] == [("Martes", "weekday")]


def test_a_tagalog_relative_word_is_read_from_filipino_locale_data() -> None:
    assert [text for text, _ in read("Inilikas ang mga residente kahapon.", "tl")] == ["kahapon"]


def test_a_tagalog_weekday_before_a_date_is_part_of_it() -> None:
    assert read("Humupa ang baha nitong Lunes, Hunyo 3 ayon sa ulat.", "tl") == [("Lunes, Hunyo 3", (None, 6, 3))]
