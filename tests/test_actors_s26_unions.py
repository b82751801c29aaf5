"""Actors: national trade union confederations named by their acronyms or names alone ("Cgil e Uil", "CCOO y UGT",
"der DGB"), the members of the European Trade Union Confederation in the states whose majority language is German,
Italian, Spanish or Portuguese; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Ieri la Cgil ha proclamato otto ore di sciopero nei trasporti.", "it", "Italian General Confederation of Labour"),
        (
            "Secondo la Cisl, il contratto firmato a Roma è un passo avanti.",
            "it",
            "Italian Confederation of Workers' Trade Unions",
        ),
        ("La Uil chiede al governo di rivedere le pensioni.", "it", "Italian Labour Union"),
        ("Los delegados de CCOO votaron contra el convenio.", "es", "Workers' Commissions"),
        ("La UGT anunció paros parciales en la sanidad madrileña.", "es", "General Union of Workers"),
        ("Der DGB ruft für Samstag zu Kundgebungen in zwölf Städten auf.", "de", "German Trade Union Confederation"),
        ("Der Österreichische Gewerkschaftsbund lehnt die Reform ab.", "de", "Austrian Trade Union Federation"),
        ("A CGTP convocou uma manifestação nacional para sábado.", "pt", "General Confederation of the Portuguese Workers"),
    ],
)
def test_a_confederation_by_its_own_name(text: str, language: str, body: str) -> None:
    assert body in names(text, language, "organisation")


def test_spains_acronym_is_not_read_in_portuguese() -> None:
    """Portugal's and Brazil's confederations share Spain's "UGT": in Portuguese only the full name is Portugal's."""
    assert "General Union of Workers" not in names("A UGT reuniu-se com o ministro em Brasília.", "pt")
    assert "General Union of Workers (Portugal)" in names("A União Geral de Trabalhadores assinou o acordo.", "pt")


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Die Leistungen nach dem SGB II steigen im Januar.", "de", "Swiss Trade Union Federation"),  # the social code
        ("Los pacientes con ELA piden más ayudas.", "es", "Basque Workers' Solidarity"),  # the disease
    ],
)
def test_an_acronym_shared_with_a_common_one_is_no_union(text: str, language: str, body: str) -> None:
    assert body not in names(text, language)
