"""Forms of a month or a year the extractor missed: German "im kommenden Jahr" (the next year, as "im nächsten
Jahr" is read), French "en début de mois" / "en fin de mois" without the article (this month, as "au début du
mois" is, and as Spanish "a finales de mes" is read; not of a month named after it, nor "prochain"), an English
month alone right before the event it dates ("the August election"), and French months joined by "et de" under one
year ("d'octobre et de novembre 2019": each month of that year, as "d'octobre et novembre 2019" is read, never
two dates each with its year as one range). Sentences written for the test (a vote, a flood)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Die Wahl findet im kommenden Jahr statt.", "de", [("kommenden Jahr", "year+1")]),
        ("Das kommende Jahr wird für die Bauern schwer.", "de", [("kommende Jahr", "year+1")]),
        ("Les éleveurs avaient manifesté en début de mois.", "fr", [("en début de mois", "this-month")]),
        ("La commission rendra son avis en fin de mois.", "fr", [("en fin de mois", "this-month")]),
        ("The August election was marred by delays.", "en", [("August", (None, 8, None))]),
        ("Turnout in the October elections fell.", "en", [("October", (None, 10, None))]),
        ("After the June referendum the coalition split.", "en", [("June", (None, 6, None))]),
    ],
)
def test_the_form_is_read(sentence: str, language: str, expected: list) -> None:
    assert dates_read(sentence, language) == expected


def test_two_months_joined_by_et_de_under_one_year() -> None:
    found = dates_read("Les crues d’avril et de mai 2021 ont coupé la route.", "fr")
    assert found == [("avril", (2021, 4, None)), ("mai 2021", (2021, 5, None))]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Im kommenden Jahrzehnt steigen die Kosten.", "de", []),  # a decade, no year
        ("Le scrutin aura lieu en début de mois prochain.", "fr", []),  # next month: not this one
        ("Les pluies reviennent en fin de mois d'août.", "fr", [("août", (None, 8, None))]),  # a named month
        ("The election in the capital was marred by delays.", "en", []),
        ("The August 2019 election was disputed.", "en", [("August 2019", (2019, 8, None))]),
        # two dates, each with its year, joined by "et de": two dates, no range
        (
            "Les scrutins de mars 2014 et de mai 2019 ont été annulés.",
            "fr",
            [("mars 2014", (2014, 3, None)), ("mai 2019", (2019, 5, None))],
        ),
        ("Les scrutins de 2014 et de 2019 ont été annulés.", "fr", [("2014", (2014, None, None)), ("2019", (2019, None, None))]),
        ("Il est parti en octobre et de nombreux voisins aussi.", "fr", [("octobre", (None, 10, None))]),
    ],
)
def test_what_the_forms_refuse(sentence: str, language: str, expected: list) -> None:
    assert dates_read(sentence, language) == expected
