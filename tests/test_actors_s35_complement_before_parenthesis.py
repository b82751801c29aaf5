"""A body named by its head-word and a lower-case complement closes with a capitalised name only where that name
goes on the phrase ("la Congrégation pour la doctrine de la Foi"): a capital after an opening parenthesis is the
acronym the name defines ("le Bureau d'enquêtes et analyses (BEA)"), no word of it, so the body is the words
before the parenthesis, with the acronym as its short name. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> dict[str, set[str]]:
    return {f.name: set(f.surfaces) for f in find_actors(text, "fr") if f.kind == "organisation"}


def test_the_acronym_in_parentheses_is_no_word_of_the_name() -> None:
    found = bodies("Le Bureau d'études et recherches (BER) a publié son rapport mardi.")
    assert found == {"Bureau d'études et recherches": {"Bureau d'études et recherches", "BER"}}


def test_a_capitalised_name_closing_the_complement_still_counts() -> None:
    assert "Congrégation pour la doctrine de la Foi" in bodies(
        "Hier, la Congrégation pour la doctrine de la Foi a publié un texte."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le bureau de vote (salle B) ferme à 18 heures.",  # lower case: a common noun
        "Le Bureau a voté (Paris) la motion.",  # a head-word alone, a place in parentheses
        "Bureau fermé (Lundi) : rendez-vous mardi.",  # a heading's first word
    ],
)
def test_no_body_across_a_parenthesis(text: str) -> None:
    assert not any("(" in name for name in bodies(text))
