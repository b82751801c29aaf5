"""A blog prints its post's day above the title, the weekday with it ("Monday, 9 May 2022"); the loader takes that
first line for the headline. A line that is a whole date with its weekday and nothing else is the page's date line;
a headline that is a date alone ("1 May 1886", an event's day) or a date in a sentence is no date line. Each page is
written for the test."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

BODY = (
    "\n\nThe town's new library\n\nThe council opened the new library on the square, and the mayor thanked the "
    "volunteers who had collected the books over the winter. The reading room will stay open late on Thursdays.\n"
)


def test_a_weekday_and_date_alone_over_the_title_dates_the_page(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Monday, 9 May 2022" + BODY)[0] == "2022-05-09"


def test_a_date_alone_over_the_title_is_no_date_line(tmp_path: Path) -> None:
    assert published_of(tmp_path, "1 May 1886" + BODY)[0] != "1886-05-01"


def test_a_headline_with_a_weekday_and_more_words_is_no_date_line(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Monday, 9 May 2022: the day the library opened" + BODY)[0] != "2022-05-09"
