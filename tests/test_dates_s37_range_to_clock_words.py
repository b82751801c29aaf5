"""A Russian decree's span from one day to the hour, written in words, its last day closes at ("с 5 марта 2024 года
до 00 часов 00 минут 4 апреля 2024 года", "до 18 часов 5 апреля"): the hour and its minutes (`range_to_hour` with
`{minute}`) join the two dates into one range, as "до 18:00 5 апреля" does. An hour that closes no later second
date keeps the dates apart. Sentences written for the test (a state of emergency, a road closure)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Режим введён с 5 марта 2024 года до 00 часов 00 минут 4 апреля 2024 года.", (2024, 3, 5), (2024, 4, 4)),
        ("Дорога закрыта с 3 мая до 18 часов 5 мая.", (None, 5, 3), (None, 5, 5)),
        ("Дорога закрыта с 3 мая до 18 часов 30 минут 5 мая.", (None, 5, 3), (None, 5, 5)),
        ("Дорога закрыта с 3 мая до 18:00 5 мая.", (None, 5, 3), (None, 5, 5)),
    ],
)
def test_a_range_closed_by_an_hour_in_words(sentence: str, first: tuple, last: tuple) -> None:
    found = dates_read(sentence, "ru")
    assert len(found) == 1 and found[0][1:] == (first, last)


@pytest.mark.parametrize(
    "sentence",
    [
        "Собрание 5 мая продлится до 18 часов, а 7 мая пройдёт голосование.",  # the hour closes no second date
        "Заседание 5 мая до 18 часов 3 мая не объявляли.",  # the second day before the first
    ],
)
def test_no_range_without_a_later_date_after_the_hour(sentence: str) -> None:
    found = dates_read(sentence, "ru")
    assert len(found) == 2 and all(len(f) == 2 for f in found)
