"""Actors: German "Bundesregierung" is also Austria's and Switzerland's word for their own government:
their capital after it names them after a preposition or a noun and "der" ("Laut der Bundesregierung in Wien", "Ein
Sprecher der Bundesregierung in Wien"); only after a word for an envoy or office posted abroad (`envoy_nouns`) is the
capital where Germany's government is represented ("der Botschafter der Bundesregierung in Moskau"). Texts written
for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut der Bundesregierung in Wien sinken die Mieten.", ["Austria"]),
        ("Eine Sprecherin der Bundesregierung in Wien wollte das nicht kommentieren.", ["Austria"]),
        ("Trotz Warnungen der Bundesregierung in Wien streiken die Lehrer.", ["Austria"]),
        ("Nach der Bundesregierung in Wien hat auch der Landtag zugestimmt.", ["Austria"]),
        ("Ein Berater der Bundesregierung in Bern trat zurück.", ["Switzerland"]),
        ("Die Bundesregierung in Wien hat das Budget beschlossen.", ["Austria"]),  # control
        ("Die Gesandte der Bundesregierung in Moskau wurde einbestellt.", ["Germany"]),  # control: posted there
        ("Der Generalkonsul der Bundesregierung in Kiew warnte.", ["Germany"]),  # a compound's last part
    ],
)
def test_federal_government_in_its_own_capital(text: str, expected: list[str]) -> None:
    assert states(text) == expected
