"""Portuguese: a ministry's department and a Brazilian government's offices open their names with their head-word
("Departamento de …", "Coordenadoria de …", "Prefeitura de …", "Secretaria de …", "Diretoria de …"). Sentences written
for the test, on a topic of their own (a vaccination campaign)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "pt") if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("O Departamento de Imunizações ampliou a campanha de vacinação.", "Departamento de Imunizações"),
        ("A Coordenadoria de Vigilância Sanitária vistoriou os postos.", "Coordenadoria de Vigilância Sanitária"),
        ("A Prefeitura de Maricá abriu novos postos de vacinação.", "Prefeitura de Maricá"),
        ("A Secretaria de Saúde de Sergipe recebeu as doses.", "Secretaria de Saúde de Sergipe"),
        ("A Diretoria de Atenção Primária publicou o calendário.", "Diretoria de Atenção Primária"),
    ],
)
def test_an_office_by_its_head_word(text: str, body: str) -> None:
    assert body in organisations(text)


def test_the_word_alone_is_no_body() -> None:
    assert organisations("Em cada departamento, a campanha seguiu.") == []
