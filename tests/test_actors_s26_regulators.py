"""Actors: medicines regulators named by their acronyms or full names in news of a recall ("l'Aifa ha disposto il
ritiro", "teilte das BfArM mit", "la ANMAT prohibió"): the European Medicines Agency, the national authorities of its
network in the states whose majority language is German, Italian, Spanish or Portuguese, Switzerland's, and the Pan
American Health Organization's regulatory authorities of regional reference; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("L'Aifa ha ritirato due lotti di uno sciroppo per la tosse.", "it", "Italian Medicines Agency"),
        ("Das BfArM warnt vor gefälschten Abnehmspritzen.", "de", "Federal Institute for Drugs and Medical Devices"),
        (
            "Das Bundesinstitut für Arzneimittel und Medizinprodukte prüft die Meldungen.",
            "de",
            "Federal Institute for Drugs and Medical Devices",
        ),
        (
            "La ANMAT prohibió la venta de un suplemento dietario.",
            "es",
            "National Administration of Drugs, Foods and Medical Devices",
        ),
        (
            "La Cofepris emitió una alerta por un jarabe falsificado.",
            "es",
            "Federal Commission for the Protection against Sanitary Risk",
        ),
        ("A Anvisa suspendeu a venda de um lote de dipirona.", "pt", "Brazilian Health Regulatory Agency"),
        ("O Infarmed mandou retirar das farmácias um antibiótico.", "pt", "Infarmed"),
        ("La AEMPS ha retirado un lote de ibuprofeno.", "es", "Spanish Agency of Medicines and Medical Devices"),
    ],
)
def test_a_regulator_by_its_own_name(text: str, language: str, body: str) -> None:
    assert body in names(text, language, "organisation")


def test_prince_edward_island_is_no_institute() -> None:
    """ "PEI" is the Paul-Ehrlich-Institut in German only: in English it is a Canadian province."""
    assert "Paul-Ehrlich-Institut" not in names("Farmers in PEI expect a late harvest this year.", "en")
    assert "Paul-Ehrlich-Institut" in names("Das PEI hat den Impfstoff geprüft.", "de")
