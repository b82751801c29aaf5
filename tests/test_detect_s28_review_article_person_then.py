"""Review of the masculine article before a full name (Spanish, Italian): before a relative pronoun or "of" and a word
for a time the article says "the man as he was then" ("del Pedro Sánchez que prometió", "il Matteo Renzi di allora"),
and the person is kept; a stadium or a tournament is still no person. Sentences written for the test (a campaign)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "Nada queda ya del Pedro Sánchez que prometió no pactar.", "Pedro Sánchez"),
        ("es", "El Alberto Núñez de entonces defendía otra reforma fiscal.", "Alberto Núñez"),
        ("it", "Il Matteo Renzi di allora non avrebbe mai accettato.", "Matteo Renzi"),
        ("it", "Non resta nulla del Matteo Salvini che voleva uscire dall’euro.", "Matteo Salvini"),
    ],
)
def test_the_man_as_he_was_then(language: str, text: str, name: str) -> None:
    assert people(text, language) == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El partido se jugó en el Santiago Bernabéu ante miles de aficionados."),
        ("es", "El Roland Garros de 2024 empieza el domingo."),
        ("it", "Il Roland Garros di quest'anno inizia domenica."),
    ],
)
def test_what_is_named_after_a_man_is_still_no_person(language: str, text: str) -> None:
    assert people(text, language) == []
