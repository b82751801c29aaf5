"""French ministers' offices named by what they are charged with or delegated to ("le Ministre Chargé de la
Coopération", "la ministre déléguée aux Sports"): titles, so the capitalised field after them is the office's, no
person and no body; the person the title introduces is still found. A ministry (the body) and a state's ministers
stay what they were. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conférence du Ministre Chargé de la Coopération, Henri Dupont.", [("person", "Henri Dupont")]),
        ("Conférence de la ministre déléguée aux Sports, Marie Dupont.", [("person", "Marie Dupont")]),
        ("Discours du Secrétaire d’État Chargé des Anciens Combattants, Louis Girard.", [("person", "Louis Girard")]),
        ("Les ministres Jean Dupont et Paul Martin ont signé l'accord.", [("person", "Jean Dupont"), ("person", "Paul Martin")]),
    ],
)
def test_the_field_of_a_minister_is_no_actor(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Le ministère de l'Éducation nationale a publié les résultats.", "organisation"),  # the body itself
        ("Les ministres de l'Union européenne se réunissent à Bruxelles.", "organisation"),  # the union is named
        ("Le Ministère de la Santé a publié un communiqué.", "organisation"),  # a ministry, no title
    ],
)
def test_bodies_beside_ministers_stay(text: str, actor: str) -> None:
    assert actor in {kind for kind, _ in found(text)}
