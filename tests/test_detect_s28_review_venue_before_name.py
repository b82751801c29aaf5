"""Review of the masculine article before a full name (Spanish, Italian): after a preposition of place with the
article, or their contraction (`venue_before`: "en el", "al", "nel"), the name is a place named after a man (a
stadium) even before a relative pronoun or "de hoy"/"di oggi"; the man as he was then keeps his article without one.
Sentences written for the test (a cup final, a renovated ground)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La final de Copa se disputará en el Santiago Bernabéu que reabrió en verano."),
        ("es", "El Atlético regresa al Santiago Bernabéu de hoy con otra cubierta."),
        ("es", "El derbi se jugó en el Ramón Sánchez-Pizjuán que tanto ha cambiado."),
        ("it", "La Supercoppa si giocherà al Giuseppe Meazza che ospiterà 70.000 spettatori."),
        ("it", "Lo scudetto è stato festeggiato nel Giuseppe Meazza di oggi, tutto esaurito."),
    ],
)
def test_a_venue_after_a_preposition_of_place_is_no_person(language: str, text: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "Nada queda ya del Pedro Sánchez que prometió no pactar.", "Pedro Sánchez"),  # control
        ("it", "Non resta nulla del Matteo Salvini che voleva uscire dall’euro.", "Matteo Salvini"),  # control
    ],
)
def test_the_man_as_he_was_then_is_still_a_person(language: str, text: str, name: str) -> None:
    assert people(text, language) == [name]
