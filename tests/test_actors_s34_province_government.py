"""A word for a government before a state's province or region (ISO 3166-2, first level) names that territory's
government, a body ("le gouvernement du Québec", "the government of Western Australia"), as it does before a
territory the data holds as a place ("il governo di Hong Kong"). A state's own government stays the state; the
word alone, or the province named elsewhere in the sentence, names no body. Texts written for the test (a library)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> dict[str, str]:
    return {surface: a.kind for a in find_actors(text, language) for surface in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Le gouvernement du Québec financera la nouvelle bibliothèque.", "fr", "gouvernement du Québec"),
        ("Le gouvernement de l'Ontario financera la nouvelle bibliothèque.", "fr", "gouvernement de l'Ontario"),
        ("The government of Western Australia will fund the new library.", "en", "government of Western Australia"),
    ],
)
def test_a_province_s_government_is_a_body(text: str, language: str, body: str) -> None:
    assert found(text, language).get(body) == "organisation"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le gouvernement financera la nouvelle bibliothèque au Québec.", "fr"),  # the province elsewhere
        ("Le gouvernement du pays financera la nouvelle bibliothèque.", "fr"),  # no territory's name
        ("The government of Canada will fund the new library.", "en"),  # a state: the state itself
    ],
)
def test_no_province_s_body_otherwise(text: str, language: str) -> None:
    assert "organisation" not in found(text, language).values()
