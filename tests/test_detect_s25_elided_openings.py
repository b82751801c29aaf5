"""French and Italian: a body's name at a sentence's opening, after an elided article glued to its capital ("L’…"),
is named without the article. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.surfaces for a in find_actors(text, language) if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("L’Agenzia delle Dogane ha sequestrato il carico nel porto.", "it", "Agenzia delle Dogane"),
        ("L'Università di Bologna ha chiuso la biblioteca per due giorni.", "it", "Università di Bologna"),
        ("L'Assemblée nationale a adopté le texte en deuxième lecture.", "fr", "Assemblée nationale"),
    ],
)
def test_a_body_opening_a_sentence_after_an_elided_article(text: str, language: str, body: str) -> None:
    found = bodies(text, language)
    assert body in found
    assert not any(surface.startswith(("L'", "L’")) for surfaces in found.values() for surface in surfaces)
