"""Serbian in Latin letters (`data/dates/additions/sr.yaml`): dateparser's Serbian file writes its names in Cyrillic,
in the nominative; the Latin case forms ("5. marta", "u februaru") and weekdays ("u sredu") are listed as the
language's own, so that a Latin Serbian article read as Serbian rather than Bosnian keeps its dates. Each sentence is
written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sednica je zakazana za 5. marta.", [("5. marta", (None, 3, 5))]),
        ("Most je otvoren 12. jula posle dve godine radova.", [("12. jula", (None, 7, 12))]),
        ("Zakon je usvojen u februaru.", [("februaru", (None, 2, None))]),
        ("Radovi počinju u avgustu.", [("avgustu", (None, 8, None))]),
        ("Sastanak će biti održan u sredu.", [("sredu", "weekday")]),
        ("Odluka je doneta u ponedeljak.", [("ponedeljak", "weekday")]),
        ("Sednica je zakazana za 5. marta 2024.", [("5. marta 2024.", (2024, 3, 5))]),
        ("Скупштина је заседала у фебруару.", [("фебруару", (None, 2, None))]),
    ],
    ids=[
        "genitive-mart",
        "genitive-jul",
        "locative",
        "locative-avgust",
        "weekday-accusative",
        "weekday",
        "with-year",
        "cyrillic",
    ],
)
def test_serbian_latin_dates(sentence: str, expected: list[tuple[str, object]]) -> None:
    assert dates_read(sentence, "sr") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ona se zove Maja i radi u školi.",  # a given name, no May
        "Nema ni maja ni juna u ovom spisku reči.",  # the genitive alone, with no day before it
        "Predsednik je rekao da će se to videti.",  # no date at all
    ],
    ids=["given-name", "genitive-alone", "none"],
)
def test_no_date_where_none_is_written(sentence: str) -> None:
    assert dates_read(sentence, "sr") == []
