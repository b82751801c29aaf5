"""Portuguese "departamento" in lower case is also a first-level region of Colombia, Peru or Uruguay ("o
departamento de Antioquia"): no organisation; a ministry's "Departamento de …", capitalised, still is. Sentences
written for the test (floods)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "pt") if f.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "A enchente isolou cidades no departamento de Nariño, no sul da Colômbia.",
        "O rio transbordou no departamento de Ucayali durante a madrugada.",
    ],
)
def test_a_region_called_departamento_is_no_body(text: str) -> None:
    assert not any(name.lower().startswith("departamento") for name in bodies(text))


def test_a_capitalised_department_of_a_ministry_is_a_body() -> None:
    assert "Departamento de Vigilância Sanitária" in bodies("O Departamento de Vigilância Sanitária emitiu um alerta.")
