"""Italian: a region takes the article as a club does ("il pilota del Veneto", "della Sardegna"), and so does a
competition ("il ciclista del Giro", "della Coppa Davis"): neither is a club before a member's full name, which is
still the person's; a club named after a city keeps its place ("del Lecce"). Sentences written for the test (a
rally, a regatta)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "it")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ha vinto il rally il pilota del Piemonte Davide Serra.", "Davide Serra"),
        ("La pilota della Sardegna Giulia Conti ha chiuso terza.", "Giulia Conti"),
        ("Il ciclista del Giro Davide Serra ha vinto la tappa.", "Davide Serra"),
        ("Il capitano della Coppa Davis Luca Serra ha scelto i singolaristi.", "Luca Serra"),
    ],
)
def test_a_region_or_a_competition_is_no_club(text: str, person: str) -> None:
    assert found(text) == [("person", person)]


def test_a_club_named_after_a_city_stays_one() -> None:
    names = found("Ha parato tutto il portiere del Lecce Davide Serra.")
    assert ("organisation", "Lecce") in names
    assert ("person", "Davide Serra") in names
