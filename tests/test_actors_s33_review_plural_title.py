"""The plural "Ministres" is no title before a name: what follows it in a real text is an adjective ("les deux Ministres
Sénégalais", "des Ministres Africains des Finances", "les Ministres Délégués"), never a person, and a body named
with it ("le Conseil des Ministres Arabes de l'Intérieur") stays a body. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_of


@pytest.mark.parametrize(
    "text, word",
    [
        ("Les deux Ministres Sénégalais ont signé l'accord mardi à Dakar avec leurs homologues.", "Sénégalais"),
        ("La Conférence des Ministres Africains des Finances s'est ouverte lundi à Addis-Abeba.", "Africains"),
        ("Les Ministres Délégués Chargés du Budget ont présenté lundi leur projet au Parlement.", "Délégués"),
    ],
)
def test_an_adjective_after_the_plural_is_no_person(tmp_path: Path, text: str, word: str) -> None:
    assert not any(word in found for found in mentions_of(tmp_path, text))


def test_a_council_of_ministers_stays_a_body(tmp_path: Path) -> None:
    text = "Le Conseil des Ministres Arabes de l'Intérieur se réunit mardi à Tunis pour discuter de la sécurité."
    assert any(found.startswith("Conseil des Ministres") for found in mentions_of(tmp_path, text))
