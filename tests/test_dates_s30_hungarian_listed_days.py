"""Hungarian glues a day's case ending to its figures with a hyphen ("október 22-én", on 22 October); the days
listed after it with the same case ("23-án", "24-én és 25-én") are days of that month. Another ending is another
word: "15-en" (fifteen of them), "a 4-es busz" (bus number 4). Each sentence is written for the test, on a topic of
its own (a museum's opening hours)."""

from __future__ import annotations

from conftest import dates_read


def test_days_listed_after_a_stated_day_take_its_month() -> None:
    sentence = "A múzeum március 14-én, 15-én és 16-án zárva tart."
    assert dates_read(sentence, "hu") == [
        ("március 14-én", (None, 3, 14)),
        ("15-én", (None, 3, 15)),
        ("16-án", (None, 3, 16)),
    ]


def test_other_endings_are_no_days() -> None:
    assert dates_read("A múzeumba március 14-én 15-en mentek a 4-es busszal.", "hu") == [("március 14-én", (None, 3, 14))]


def test_no_day_without_a_stated_month() -> None:
    assert dates_read("A múzeum kiállításán 15-én vettek részt.", "hu") == []
