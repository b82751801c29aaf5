"""French kin words (`kin`: "fils", "frère", "épouse"): one capitalised word right after one, or after one and a
comma, is a person, as in the other languages' data; French sets an adjective of age after the kin word
(`kin_adjectives`: "son frère aîné Paul", "ses sœurs cadettes"), looked past. A kin word before a lower-case word,
a place after a comma, or a capital after a non-kin noun names no one; after a plural kin word one name is a
family's (`plural_kin`: "les frères Dalmont"). A given name so read before the full name ("son frère Tavish", then
"Tavish Morrow") is that person. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> set[str]:
    return {f.name for f in find_actors(text, "fr") if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Son fils Tavish a repris l'entreprise familiale.", "Tavish"),
        ("Son frère aîné Oskarin a quitté le gouvernement en mai.", "Oskarin"),
        ("Sa fille, Lunelle, vit désormais à l'étranger.", "Lunelle"),
        ("Ses frères cadets Borvan et Teodric ont démissionné.", "Borvan"),
    ],
)
def test_a_name_after_a_kin_word_is_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Son frère aîné, Lyon, Marseille et Nice : la tournée continue.",  # places after a comma
        "Le fils aîné travaille à la mairie depuis deux ans.",  # no name after the kin word
        "La Chambre a voté la loi Tavish mardi.",  # a capital after a noun that is no kin
        "Fils Info publie la liste des candidats.",  # the word opening a sentence, a heading in title case
        "Les frères Dalmont, armés, sont entrés dans la banque.",  # a family's name after a plural kin word
    ],
)
def test_no_person_without_a_kin_word_right_before(text: str) -> None:
    assert not people(text)


def test_a_given_name_after_kin_is_the_person_named_in_full_later() -> None:
    found = find_actors("Il a cédé la présidence à son frère Tavish. Plus tard, Tavish Morrow a pris la parole.", "fr")
    assert [(f.name, set(f.surfaces)) for f in found if f.kind == "person"] == [("Tavish Morrow", {"Tavish", "Tavish Morrow"})]
