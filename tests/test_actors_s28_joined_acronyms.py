"""Actors on a language's first day: acronyms joined by a hyphen or a slash are one body's name, not a line in
capitals; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Abanyamuryango b’umugambwe PRD-MKT bateraniye i Gitega.", "rn", "PRD-MKT"),  # Kirundi
        ("Kannaded ar strollad KLM/BVG a zo bet dilennet.", "br", "KLM/BVG"),  # Breton, a slash
        ("Chama cha ANC-KZN kilitoa taarifa jana.", "sw", "ANC-KZN"),
        ("Umugambwe ABC-DEF-GHI wavuze ko uzoserukira amatora.", "rn", "ABC-DEF-GHI"),  # three joined
    ],
)
def test_joined_acronyms_name_one_body(text: str, language: str, body: str) -> None:
    found = bodies(text, language)
    assert body in found
    assert not [b for b in found if b != body and b in body]  # no part of it on its own


@pytest.mark.parametrize(
    "text",
    [
        "Indege F-16 zaguye hafi ya Gitega.",  # a model's code: a number follows
        "Umuti wa COVID-19 washitse mu gihugu.",
        "IKINYAMAKURU CNDD-FDD CYAHAGARITSWE",  # a line in capitals
    ],
)
def test_no_body_of_a_code_or_a_line_in_capitals(text: str) -> None:
    assert bodies(text, "rn") == []
