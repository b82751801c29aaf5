"""A day and month, then "but of" a year: the day of that year an anniversary recalls ("un día como hoy, 17 de
julio, pero de 2014", "في ذات اليوم 1 فبراير ولكن من عام 2003") is one date, not a year-less day and a bare year.
Other words after "but" ("pero desde 2014") leave the day and the year apart. Sentences written for the test (a
fisheries agreement signed in Lomé)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "text", "day"),
    [
        (
            "Un día como hoy, 12 de marzo, pero de 1998, se firmó en Lomé el acuerdo de pesca.",
            "es",
            "12 de marzo, pero de 1998",
            (1998, 3, 12),
        ),
        (
            "Tal día como hoy, 4 de junio, pero del año 2001, zarpó la flota de Lomé.",
            "es",
            "4 de junio, pero del año 2001",
            (2001, 6, 4),
        ),
        (
            "وفي مثل هذا اليوم 12 مارس ولكن من عام 1998 وقعت اتفاقية الصيد في لومي.",
            "ar",
            "12 مارس ولكن من عام 1998",
            (1998, 3, 12),
        ),
        (
            "وفي مثل هذا اليوم 12 مارس ولكن من العام 1998 وقعت اتفاقية الصيد في لومي.",
            "ar",
            "12 مارس ولكن من العام 1998",
            (1998, 3, 12),
        ),
    ],
)
def test_a_day_then_but_of_a_year_is_that_days_date(sentence: str, language: str, text: str, day: tuple) -> None:
    found = dates_read(sentence, language)
    assert [value for phrase, value in found if text in phrase] == [day]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("La flota zarpa cada 12 de marzo, pero desde 1998 lo hace desde Lomé.", "es"),
        ("تبحر السفن كل 12 مارس ولكن منذ عام 1998 تنطلق من لومي.", "ar"),
    ],
)
def test_other_words_after_but_leave_the_day_and_the_year_apart(sentence: str, language: str) -> None:
    found = dates_read(sentence, language)
    assert all(value[0] is None or value[1] is None for _, value in found if isinstance(value, tuple))
