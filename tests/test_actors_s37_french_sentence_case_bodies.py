"""French writes a body's name in sentence case: a head-word capitalised inside a sentence, then a preposition
(`complement_prepositions`) and a lower-case noun ("le Bureau des enquêteurs", "du Mouvement de libération", "le Centre
d'alerte aux inondations", "du Dicastère pour les laïcs") names a body, also with no capitalised name to close it; a
name spelt out in parentheses after its acronym is read to the parenthesis, and the acronym names the body ("du BEA
(Bureau d'enquêtes et analyses)"). Not a head-word that names a body alone ("au Parlement du pays": the parliament),
nor one a determiner counts ("un Conseil des ministres délocalisé", a meeting; "les Forces de sécurité", units), nor
one before a determiner or an ordinal ("le Conseil de cette commune", "le Conseil pour la première fois") or
opening a sentence ("Centre de gravité du débat, …"); a complement an acronym in parentheses closes is read whole with
it ("le Bureau d'études et recherches (BER)").
Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.surfaces for a in find_actors(text, "fr") if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Le rapport a été transmis au Bureau des enquêteurs spéciaux mardi.", "Bureau des enquêteurs"),
        ("Une délégation du Mouvement de libération nationale est arrivée à Alger.", "Mouvement de libération"),
        ("Selon le Centre d'alerte aux inondations, la crue a atteint son pic.", "Centre d'alerte"),
        ("Il a été nommé préfet du Dicastère pour les laïcs en 2016.", "Dicastère pour les laïcs"),
    ],
)
def test_a_body_in_sentence_case(text: str, body: str) -> None:
    assert body in bodies(text)


def test_the_name_spelt_out_after_its_acronym() -> None:
    found = bodies("Trois experts du BEA (Bureau d'enquêtes et analyses) sont arrivés.")
    assert found == {"Bureau d'enquêtes et analyses": ("BEA", "Bureau d'enquêtes et analyses")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le projet a été présenté au Parlement du pays hier.", {"Parlement"}),
        ("Hier, le Conseil de cette commune a voté le budget.", set()),
        ("Le Conseil pour la première fois a siégé à huis clos.", set()),
        ("Le président a réuni un Conseil des ministres délocalisé à Lille.", set()),
        ("Hier, les Forces de sécurité ont bouclé le quartier.", set()),
        ("Centre de gravité du débat, la réforme divise les élus.", set()),
    ],
)
def test_no_complement_read_there(text: str, expected: set[str]) -> None:
    assert set(bodies(text)) == expected


def test_the_acronym_closing_the_complement_names_the_whole() -> None:
    found = bodies("Le Bureau d'études et recherches (BER) a publié son rapport mardi.")
    assert found == {"Bureau d'études et recherches": ("Bureau d'études et recherches", "BER")}
