"""More general rules of actor detection without a topic registry, each on made-up sentences in several
languages: two bodies joined by "and", German compound bodies, given names in Arabic script, Chinese titles."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        ("Entre l'Assemblée nationale et le Conseil constitutionnel.", "fr", "Assemblée nationale", "Conseil constitutionnel"),
        ("La disputa entre la Corte suprema e il Consiglio nazionale continua.", "it", "Corte suprema", "Consiglio nazionale"),
        ("La pugna entre la Corte suprema y el Consejo nacional sigue.", "es", "Corte suprema", "Consejo nacional"),
    ],
)
def test_two_bodies_joined_by_and_are_two_bodies(text: str, language: str, first: str, second: str) -> None:
    found = names(text, language)
    assert found[first][0] == "organisation" and found[second][0] == "organisation"
