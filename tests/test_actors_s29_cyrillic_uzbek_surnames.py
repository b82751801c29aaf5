"""Uzbek, which the knowledge writes in both its scripts, reads a surname of the Russian form in Cyrillic letters as in
Latin ones: a title and such a surname before a body's head-word are the person's, no body ("Президент Мирзиёев
комиссияси", as "Prezident Mirziyoyev komissiyasi"). Texts written for these tests, on a topic of their own (a water
board)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(surface, f.kind) for f in find_actors(text, language) for surface in f.surfaces]


@pytest.mark.parametrize(
    "text",
    ["Президент Мирзиёев комиссияси сув хўжалиги бўйича йиғилиш ўтказди.", "Бош вазир Арипов комиссияси ишлади."],
)
def test_a_titled_surname_in_cyrillic_makes_no_body(text: str) -> None:
    assert not [surface for surface, kind in found(text, "uz") if kind == "organisation"]
