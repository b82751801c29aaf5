"""A Russian notice states a span from a day's hour to another day's hour ("с 22.00 часов 29 сентября по 06.00 часов
30 сентября", "с 9:00 3 апреля до 18:00 5 апреля"): one range from the first day to the last, as the Ukrainian
notices' "з 09:00 3 квітня до 18:00 5 квітня" is (`range_to_hour`). A comma after the hour ends the span: the next
day is a date of its own. Sentences written for the test (a harbour's water works)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "С 22.00 часов 14 марта 2023 года до 06.00 часов 15 марта 2023 года в порту отключат воду.",
            [("14 марта 2023 года до 06.00 часов 15 марта 2023", (2023, 3, 14), (2023, 3, 15))],
        ),
        (
            "- с 21.00 часов 14 марта по 06.00 часов 15 марта на причалах порта.",
            [("14 марта по 06.00 часов 15 марта", (None, 3, 14), (None, 3, 15))],
        ),
        (
            "Движение по мосту закроют с 9:00 3 апреля до 18:00 5 апреля.",
            [("3 апреля до 18:00 5 апреля", (None, 4, 3), (None, 4, 5))],
        ),
    ],
)
def test_a_span_from_hour_to_hour_is_one_range(sentence: str, expected: list) -> None:
    assert dates_read(sentence, "ru") == expected


def test_an_hour_closing_its_clause_ends_the_span() -> None:
    found = dates_read("Причал открыт 14 марта по 18.00 часов, 15 марта он закрыт.", "ru")
    assert found == [("14 марта", (None, 3, 14)), ("15 марта", (None, 3, 15))]
