"""Three forms of dates. Turkish figures with the distributive ending ("1998'er", "1000'er", "50'şer": so many
each) are counts, never years, whatever ending makes a year elsewhere ("1998'de"). Italian joins a day to its month
with "di" ("il 9 di aprile") as well as with nothing ("il 9 aprile"). A year with a hyphenated case ending in a list of
years ("у 2001-му, 2010-му та 2011 роках", "в 2001-м, 2010-м и 2011 годах") is read like the years around it, the
ending left out of the gap between them, and still no count follows as a year ("в 2014-м, 2000 солдат"). Sentences
written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "Savcılık sanıkların her biri için 1998’er yıl hapis cezası istedi.",
        "Ailelere 1500'er lira yardım yapıldı.",
        "Katılımcılar 50'şer kişilik gruplara ayrıldı.",
    ],
)
def test_turkish_distributive_figures_are_no_years(sentence: str) -> None:
    assert dates_read(sentence, "tr") == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [("Fabrika 1998'de kuruldu.", "1998"), ("Çalışmalar 2010'a kadar sürdü.", "2010")],
)
def test_turkish_years_with_case_endings_stay_years(sentence: str, year: str) -> None:
    assert dates_read(sentence, "tr") == [(year, (int(year), None, None))]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("L'esplosione è avvenuta il 9 di aprile nella sala macchine.", "9 di aprile", (None, 4, 9)),
        ("La diga fu chiusa il 21 di marzo del 2019 per lavori.", "21 di marzo del 2019", (2019, 3, 21)),
        ("L'esplosione è avvenuta il 9 aprile nella sala macchine.", "9 aprile", (None, 4, 9)),
    ],
)
def test_italian_day_di_month(sentence: str, text: str, value: object) -> None:
    assert dates_read(sentence, "it") == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Його тричі обирали мером: у 2003-му, 2008-му та 2013 роках.", "uk"),
        ("Его трижды избирали мэром: в 2003-м, 2008-м и 2013 годах.", "ru"),
    ],
)
def test_a_hyphen_ended_year_inside_a_list(sentence: str, language: str) -> None:
    assert [value for _, value in dates_read(sentence, language)] == [(2003, None, None), (2008, None, None), (2013, None, None)]


def test_a_count_after_a_hyphen_ended_year_is_no_year() -> None:
    assert [value for _, value in dates_read("В 2014-м, 2000 солдат покинули город.", "ru")] == [(2014, None, None)]
