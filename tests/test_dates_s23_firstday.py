"""Dates in languages the project was never tuned on, on their first day: isiXhosa's month names and the prefixes it
glues to names, figures and the words for yesterday and tomorrow; each sentence is written for the test, on a
topic of its own (a town library)."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language
from conftest import dates_read

XHOSA = (
    "Ithala leencwadi livulwe ngoMvulo. Abafundi abaninzi bafikile ukuza kufunda iincwadi ezintsha. Umphathi uthe"
    " bayavuya kakhulu xa abantu beqhubeka nokuza."
)
ZULU = (
    "Umtapo wolwazi uvulwe ngoMsombuluko. Abafundi abaningi bafikile ukuzofunda izincwadi ezintsha. Umphathi uthe"
    " bazojabula kakhulu uma abantu beqhubeka nokuza."
)


def test_isixhosa_is_told_from_zulu() -> None:
    """The model knows both; isiXhosa, which dateparser lacks, is chosen once the project's files give its words."""
    assert detect_language(XHOSA) == "xh"
    assert detect_language(ZULU) == "zu"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ithala lavulwa ngomhla we-14 kweyeSilimela 2022.", ("14 kweyeSilimela 2022", (2022, 6, 14))),  # June
        ("Ngomhla wama25 kweyoMnga 2020 ithala belivaliwe.", ("25 kweyoMnga 2020", (2020, 12, 25))),  # December
        ("Iincwadi ezintsha zifike kweyeThupha 2023.", ("kweyeThupha 2023", (2023, 8, None))),  # in August
        ("Ithala liza kuvalwa ngoJanyuwari 2025.", ("ngoJanyuwari 2025", (2025, 1, None))),  # CLDR's name, prefixed
        ("Abafundi bafika ngenyanga ye-Dwarha.", ("ye-Dwarha", (None, 10, None))),  # "in the month of" October
    ],
)
def test_an_isixhosa_month_with_its_glued_prefix(sentence: str, found: tuple[str, tuple]) -> None:
    assert dates_read(sentence, "xh") == [found]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Ithala leencwadi lavulwa ngo1996.", 1996),  # "in 1996"
        ("Umsebenzi wawuqhubeka de kwangunyaka ka-2021.", 2021),  # "until the year of 2021"
    ],
)
def test_an_isixhosa_year_after_a_glued_preposition(sentence: str, year: int) -> None:
    assert dates_read(sentence, "xh") == [(str(year), (year, None, None))]


@pytest.mark.parametrize("sentence", ["Ithala lithenge iincwadi ezingama-2019.", "Sathenga iincwadi ezili-1500."])
def test_an_isixhosa_count_with_its_concord_is_no_year(sentence: str) -> None:
    """ "2019 books", "1500 books": the number's concord is no preposition."""
    assert dates_read(sentence, "xh") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Intlanganiso yayizolo ibinde.", ("yayizolo", "day-1")),  # "of yesterday"
        ("Ithala liza kuvulwa nangomso.", ("nangomso", "day+1")),  # "and tomorrow"
        ("Intlanganiso iza kuba ngomhla we-9 kulenyanga.", ("ngomhla we-9 kulenyanga", "this-month-day")),
        ("Ithala liza kuvulwa ngoLwesihlanu kwiveki ezayo.", ("ngoLwesihlanu kwiveki ezayo", "next-weekday")),
    ],
)
def test_an_isixhosa_date_counted_from_the_time_of_writing(sentence: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, "xh") == [found]

