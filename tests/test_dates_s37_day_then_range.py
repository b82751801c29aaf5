"""A day listed before a range of days that opens the next day ("31 октября и 1-2 ноября", "31 октября, 1-2 ноября")
is one span from that day to the range's last, as a forecast lists days that run on; two single days so listed, or a
day and a range that leaves a day out, stay apart. Russian also joins a range's first day to the hour its last day
closes at ("с 09:00 3 апреля до 18:00 5 апреля"), as Ukrainian does. Sentences written for the test (a fog warning, a
road closure)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Туман ожидается 31 октября и 1-2 ноября.", "ru", ("31 октября и 1-2 ноября", (None, 10, 31), (None, 11, 2))),
        ("Туман ожидается 31 октября, 1-2 ноября.", "ru", ("31 октября, 1-2 ноября", (None, 10, 31), (None, 11, 2))),
        ("Fog is expected on 30 April and 1-2 May 2024.", "en", ("30 April and 1-2 May 2024", (2024, 4, 30), (2024, 5, 2))),
        ("Проезд закрыт с 09:00 3 апреля до 18:00 5 апреля.", "ru", ("3 апреля до 18:00 5 апреля", (None, 4, 3), (None, 4, 5))),
    ],
)
def test_one_span(sentence: str, language: str, expected: tuple) -> None:
    assert dates_read(sentence, language) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Туман ожидается 31 октября и 1 ноября на севере области.",  # two single days
        "Туман ожидается 30 октября и 1-2 ноября на севере области.",  # 31 October left out
        "Туман ожидается 28 февраля и 1-2 марта на севере области.",  # 29 February in a leap year
    ],
)
def test_days_that_do_not_run_on_stay_apart(sentence: str) -> None:
    assert len(dates_read(sentence, "ru")) == 2
