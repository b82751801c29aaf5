"""An acronym with a hyphened second part in parentheses after a body's name (a Brazilian state's court or
prosecutors, a Portuguese party of two names): the body's short form, the same body where the text writes it
alone. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.surfaces for a in find_actors(text, language) if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "O Tribunal de Justiça de São Paulo (TJ-SP) suspendeu a obra. Na semana seguinte, o TJ-SP voltou atrás.",
            "Tribunal de Justiça de São Paulo",
            "TJ-SP",
        ),
        (
            "O Ministério Público do Paraná (MP-PR) ouviu as testemunhas, e o MP-PR pediu novas perícias.",
            "Ministério Público do Paraná",
            "MP-PR",
        ),
        (
            "O Tribunal Regional Eleitoral da Bahia (TRE-BA) cassou o mandato, e o TRE-BA marcou nova eleição.",
            "Tribunal Regional Eleitoral da Bahia",
            "TRE-BA",
        ),
    ],
)
def test_the_hyphened_acronym_is_the_bodys_short_form(text: str, body: str, short: str) -> None:
    found = bodies(text, "pt")
    assert short in found[body]
    assert short not in found  # not a second body


def test_a_party_and_its_state_in_parentheses_is_no_acronym() -> None:
    """A deputy's party and state after her name ("(Podemos-SP)") define no short form of anything."""
    found = bodies("A deputada Renata Albuquerque (Podemos-SP) apresentou o projeto.", "pt")
    assert not any("Podemos-SP" in surfaces for surfaces in found.values())
