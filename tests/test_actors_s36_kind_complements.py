"""A company or outlet named after a word for its kind (or a media word) and the kind's own complements, a
preposition and its bare noun ("la compagnie d'électricité Enel", "la société de transport Keolis", "le cabinet
d’avocats panaméen X", "l'agence de presse d'État X", typographic apostrophe and all): an organisation, as after the
kind word and its adjectives alone. Not where the preposition introduces the name itself (a place: "la compagnie de
Paris"; a person: "la société de Jean Dupont"), nor past an article ("la société de l'homme d'affaires X") or a title
("le cabinet du ministre X"), where the name is a person's. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "fr")]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Les bureaux de la compagnie d'électricité Velmora ont été incendiés.", "Velmora"),
        ("La société de transport Keolune a gagné l'appel d'offres.", "Keolune"),
        ("Des fichiers du cabinet d’avocats panaméen Ostrava Lind ont fuité.", "Ostrava Lind"),
        ("La compagnie pétrolière émiratie Adnora a publié ses comptes.", "Adnora"),
        ("Le bilan a été cité par l’agence de presse d’État KNB.", "KNB"),  # a media word's complements
        ("L'information a été donnée par le quotidien de langue arabe Al Nahra.", "Al Nahra"),
    ],
)
def test_a_company_after_its_kind_and_complement(text: str, company: str) -> None:
    assert ("organisation", company) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La compagnie de Paris a fermé ses portes.", "Paris"),  # a place
        ("La société de Jean Dupont a fermé ses portes.", "Jean Dupont"),  # its owner
        ("La société de l'homme d'affaires Jean Dupont a fermé.", "Jean Dupont"),  # past an article
        ("Le cabinet du ministre Jean Dupont a répondu.", "Jean Dupont"),  # a title
        ("La société de la famille Dupont a fermé.", "Dupont"),  # an article after the preposition
        ("Le site de la mairie Montreuil a publié un avis.", "Montreuil"),  # an article after the preposition
        ("Il a annoncé sur la chaîne nationale que Jean Dupont avait gagné.", "Jean Dupont"),  # a clause's first word
    ],
)
def test_no_company_from_a_place_or_person(text: str, name: str) -> None:
    assert ("organisation", name) not in found(text)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Il traghetto ha raggiunto la catena di isole Egadi dopo la tempesta.", "Egadi"),  # islands
        ("es", "La ministra anunció por cadena estatal que Ortega dejaba el cargo.", "Ortega"),  # a clause
    ],
)
def test_no_outlet_past_a_place_word_or_a_clause(language: str, text: str, name: str) -> None:
    assert ("organisation", name) not in [(f.kind, f.name) for f in find_actors(text, language)]


def test_an_agency_named_after_its_complements_in_italian() -> None:
    found_it = [(f.kind, f.name) for f in find_actors("Lo ha riferito l'agenzia di stampa iraniana Tasnim.", "it")]
    assert ("organisation", "Tasnim") in found_it
