"""Actors with an empty topic registry in the European languages, on made-up sentences: the one name after a
quotation and a verb of speech is who spoke it ('"…," said Okafor', '« … », a déclaré Dupontel', '"…", dijo
Castañeda'); a name a comma and a relative pronoun only people take follow is a person's ("Okafor, who", "Castañeda,
quien"), one word or a full name with a given name no list holds."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> set[str]:
    return {s for a in find_actors(text, language) if a.kind == "person" for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ('"We will not sign this," said Okafor on Monday.', "en", "Okafor"),
        ("« Nous ne céderons pas », a déclaré Dupontel lundi.", "fr", "Dupontel"),
        ('"No vamos a ceder", dijo Castañeda.', "es", "Castañeda"),
        ("«Abbiamo vinto», ha detto Bernasconi ai giornalisti.", "it", "Bernasconi"),
        ('"Não vamos desistir", disse Albuquerque.', "pt", "Albuquerque"),
        ("„Wir geben nicht auf“, sagte Brinkhaus am Abend.", "de", "Brinkhaus"),
    ],
)
def test_one_name_after_a_quotation_and_a_verb_of_speech_is_the_speaker(text: str, language: str, surface: str) -> None:
    assert surface in people(text, language)


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("The plan was drafted by Okafor, who chairs the board.", "en", "Okafor"),
        ("Officials met Ngozi Adebayo, who chairs the board.", "en", "Ngozi Adebayo"),
        ("El plan fue redactado por Castañeda, quien preside el sindicato.", "es", "Castañeda"),
    ],
)
def test_a_name_before_a_personal_relative_pronoun_is_a_person(text: str, language: str, surface: str) -> None:
    assert surface in people(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no quotation before the verb: a word after "said" is no speaker
        ("The minister said Okafor would be late.", "en"),
        # a word after an article is a group's name
        ("Officials met the Ogonis, who live in the delta.", "en"),
        # "which" and "que" follow any noun
        ("The plan was drafted in Tallinn, which hosts the talks.", "en"),
        ("El plan fue redactado en Valdivia, que acoge las conversaciones.", "es"),
    ],
)
def test_no_person_without_a_quotation_or_a_personal_pronoun(text: str, language: str) -> None:
    assert not people(text, language)
