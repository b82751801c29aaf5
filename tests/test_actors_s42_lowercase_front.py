"""Spanish, Portuguese and Italian write a front's word in lower case for a war's front ("el frente del Pacífico",
"il fronte meridionale") and in the phrase "at the head of" ("al frente de la Presidencia", "à frente do Governo"):
no body is named there, not even with a capitalised word after it; a front that is a party or a movement is written
capitalised as its name ("Frente Amplio", "Fronte Polisario") and stays an organisation. Sentences written for the
test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> set[str]:
    return {surface for f in find_actors(text, language) if f.kind == "organisation" for surface in f.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("La ministra seguirá al frente de la Cancillería hasta marzo.", "es", "frente de la Cancillería"),
        ("El general pasó dos años en el frente del Norte durante la guerra.", "es", "frente del Norte"),
        ("A deputada ficou à frente da Secretaria durante três anos.", "pt", "frente da Secretaria"),
        ("Os navios abasteciam o frente do Atlântico antes do inverno.", "pt", "frente do Atlântico"),
        ("Le truppe hanno rafforzato il fronte del Donbass in primavera.", "it", "fronte del Donbass"),
    ],
)
def test_a_lowercase_front_names_no_body(text: str, language: str, words: str) -> None:
    assert not any(words.lower() in b.lower() for b in bodies(text, language))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("El Frente Amplio ganó las elecciones municipales en la capital.", "es", "Frente Amplio"),
        ("A Frente Nacional de Libertação convocou uma greve geral.", "pt", "Frente Nacional de Libertação"),
        ("Il Fronte Sandinista di Liberazione ha vinto le elezioni.", "it", "Fronte Sandinista di Liberazione"),
    ],
)
def test_a_capitalised_front_is_still_a_body(text: str, language: str, name: str) -> None:
    assert any(name in b for b in bodies(text, language))
