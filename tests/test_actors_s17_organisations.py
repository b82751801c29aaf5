"""Organisations no registry lists, with an empty topic registry, in the European languages, on made-up sentences:
a brand's or company's name written in CamelCase ("Skyvale" is no name of the data: "NorthLight", "BlueHarbor")."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def kinds(text: str, language: str) -> dict[str, str]:
    return {s: a.kind for a in find_actors(text, language) for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("The documents were published by NorthLight on Monday.", "en", "NorthLight"),
        ("Selon BlueHarbor, les documents sont authentiques.", "fr", "BlueHarbor"),
        ("La plataforma NorthLight publicó los documentos.", "es", "NorthLight"),
        ("I documenti sono stati diffusi da BlueHarbor ieri.", "it", "BlueHarbor"),
        ("Die Enthüllungsplattform NorthLight veröffentlichte die Dokumente.", "de", "NorthLight"),
        ("Os documentos foram divulgados pela BlueHarbor.", "pt", "BlueHarbor"),
    ],
)
def test_a_camel_case_name_is_an_organisation(text: str, language: str, surface: str) -> None:
    assert kinds(text, language).get(surface) == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # a surname glued to its prefix is no brand's name
        ("Senator McAllister met the board.", "en", "McAllister"),
        ("The actor LeMarre met DeSoto, a rival.", "en", "DeSoto"),
        # German's gender-inclusive capital I makes no name
        ("Die BewohnerInnen protestierten am Montag.", "de", "BewohnerInnen"),
        # a word in capitals after its first part is a product's as often as a company's
        ("The lab released SkyGPT on Monday.", "en", "SkyGPT"),
    ],
)
def test_no_organisation_from_a_glued_surname_or_a_gendered_noun(text: str, language: str, surface: str) -> None:
    assert kinds(text, language).get(surface) != "organisation"
