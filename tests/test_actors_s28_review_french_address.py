"""French forms of address in full ("Madame", "Monsieur") before one capitalised word name a magazine, film, brand or
role, no person; "Excellence" alone is a label's word. Before a full name they still open it. Texts written for
these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [s for f in find_actors(text, "fr") if f.kind == "person" for s in f.surfaces]


@pytest.mark.parametrize(
    "text",
    [
        "Le label Excellence Rurale a été attribué à la commune de Vannes.",
        "La mention Excellence Agricole récompense trois fermes du Gers.",
        "Le film Monsieur Klein ressort en salles cette semaine.",
        "Les ventes de Monsieur Propre ont progressé en Europe.",
        "Le Monsieur Loyal du festival a présenté les artistes.",
        "La rédaction de Madame Figaro prépare un numéro spécial.",
        "La pièce Mademoiselle Julie est jouée au théâtre de Lorient.",
    ],
)
def test_a_form_of_address_before_one_word_is_no_person(text: str) -> None:
    assert people(text) == []


def test_a_form_of_address_before_a_full_name_opens_it() -> None:
    assert "Awa Coulibaly" in people("Madame Awa Coulibaly a présidé le conseil municipal de Sikasso.")
