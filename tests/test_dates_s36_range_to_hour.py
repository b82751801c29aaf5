"""A notice states a closure's or a warning's span from one day to the hour another day closes at: "das 09H00 de 3
de maio até às 18H00 de 5 de maio", "dalle ore 8 del 3 aprile alle ore 18 del 15 aprile", "з 09:00 3 квітня до 18:00
5 квітня". The joiner, the hour and its "of" (`range_to_hour` in the date words) join the two dates into one range,
as "3 al 15 aprile" is one. Two dates with other words between, an hour that closes no second date, or a second date
before the first stay apart. Sentences written for the test (a road closure, an exam session)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "first", "last"),
    [
        ("A estrada fica cortada das 09H00 de 3 de maio até às 18H00 de 5 de maio.", "pt", (None, 5, 3), (None, 5, 5)),
        ("O aviso vigora entre as 9h de 08/04/2024 até as 12h de 09/04/2024.", "pt", (2024, 4, 8), (2024, 4, 9)),
        ("La strada resterà chiusa dalle ore 8 del 3 aprile alle ore 18 del 15 aprile.", "it", (None, 4, 3), (None, 4, 15)),
        ("Рух буде перекрито з 09:00 3 квітня до 18:00 5 квітня.", "uk", (None, 4, 3), (None, 4, 5)),
    ],
)
def test_a_date_then_the_hour_of_another_is_one_range(sentence: str, language: str, first: tuple, last: tuple) -> None:
    found = dates_read(sentence, language)
    assert len(found) == 1 and found[0][1:] == (first, last)


@pytest.mark.parametrize(
    ("sentence", "language", "count"),
    [
        ("O exame é a 3 de maio e a revisão, às 18h de 5 de maio, é facultativa.", "pt", 2),  # a comma: two dates
        ("La prova si terrà il 3 aprile alle ore 18 del pomeriggio.", "it", 1),  # the hour closes no second date
        ("Il 15 aprile fu rinviata alle ore 18 del 3 aprile.", "it", 2),  # the second day before the first
        ("Засідання 5 квітня до 18:00 3 квітня не оголошували.", "uk", 2),
    ],
)
def test_no_range_without_a_later_second_date_right_after_the_hour(sentence: str, language: str, count: int) -> None:
    found = dates_read(sentence, language)
    assert len(found) == count and all(len(f) == 2 for f in found)
