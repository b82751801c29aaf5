"""After a company's kind word, an elided "de" glued to a capitalised given name is a person's name ("la société
d'Hélène Roux": Hélène Roux's company), no complement of the kind; a lower-case complement still is ("la compagnie
d'assurance Vexa"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def kinds(text: str) -> dict[str, str]:
    return {s: a.kind for a in find_actors(text, "fr") for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elle a rejoint en 2015 la société d'Hélène Roux, basée à Nantes.", "Hélène Roux"),
        ("Le cabinet d'Étienne Garnier n'a pas répondu.", "Étienne Garnier"),
    ],
)
def test_a_given_name_after_the_elided_de_is_a_person(text: str, name: str) -> None:
    found = kinds(text)
    assert found.get(name) == "person"
    assert "organisation" not in found.values()


def test_a_lower_case_complement_still_opens_the_company() -> None:
    assert kinds("La compagnie d'assurance Vexa a relevé ses tarifs.").get("Vexa") == "organisation"
