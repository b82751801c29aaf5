"""Italian's words for the national fire service and for a foundation head a body's name; the firefighters in
lower case are people, no body. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.surfaces for a in find_actors(text, language) if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Nella notte i Vigili del Fuoco hanno spento l'incendio del capannone.", "Vigili del Fuoco"),
        ("La Fondazione Banco Alimentare ha distribuito i pacchi alle famiglie.", "Fondazione Banco Alimentare"),
    ],
)
def test_an_italian_fire_service_and_foundation(text: str, body: str) -> None:
    assert body in bodies(text, "it")


def test_the_firefighters_in_lower_case_are_no_body() -> None:
    found = bodies("Sul posto sono arrivati i vigili del fuoco con due squadre.", "it")
    assert not any("vigili" in name.lower() for name in found)
