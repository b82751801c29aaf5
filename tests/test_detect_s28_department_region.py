"""Portuguese "Departamento de" and a department's name (ISO 3166-2's departments: Colombia's, Uruguay's,
Paraguay's) is the region, capitalised or not, also opening a sentence: a place, no body; a ministry's department,
named by its field, is still a body. Sentences written for the test (a storm)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "pt") if f.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Departamento de Antioquia registrou chuvas fortes durante a noite.",
        "O Departamento de Canelones ficou sem energia após a tempestade.",
    ],
)
def test_a_department_s_region_is_no_body(text: str) -> None:
    assert bodies(text) == []


def test_a_ministry_s_department_is_a_body() -> None:
    assert bodies("Departamento de Defesa Civil emitiu um alerta de tempestade.") == ["Departamento de Defesa Civil"]
