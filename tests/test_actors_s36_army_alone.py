"""The word for an army alone after the definite article, as a passive's agent (`armies_alone`, `army_agents`:
"déposé par l'armée", "ousted by the army"), is the army of the one state the paragraph names, named as "l'armée
soudanaise" is ("Sudan Army"). Not elsewhere ("l'armée et les gendarmes ont dispersé", "des putschistes de l'armée"), nor
with two states or none, nor after an indefinite article ("par une armée de bénévoles"), nor where a title ("by the
army chief"), a name or a branch follows ("par l'armée du Kremlin", "par l'armée de l'air"). Sentences written for
the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "army"),
    [
        ("fr", "En Égypte, le président a été déposé par l'armée le 3 juillet 2013.", "Egypt Army"),
        ("fr", "Le président du Soudan a été destitué par l’armée de son pays.", "Sudan Army"),
        ("fr", "Au Nigeria, les manifestants ont été dispersés par l'armée et la police.", "Nigeria Army"),
        ("en", "Egypt's former president, who was ousted by the army in 2013, has died.", "Egypt Army"),
    ],
)
def test_the_army_of_the_one_state(language: str, text: str, army: str) -> None:
    assert ("organisation", army) in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le défilé a été ouvert par l'armée hier soir."),  # no state: whose?
        ("fr", "La France et l'Italie ont été saluées par l'armée."),  # two states
        ("fr", "En Syrie, les vivres sont distribués par une armée de bénévoles."),  # an indefinite article: a crowd
        ("fr", "Au Cameroun, l'armée et les gendarmes ont dispersé le cortège."),  # not a passive's agent
        ("fr", "En Turquie, des putschistes de l'armée ont tenté un coup."),  # a faction: not its agent
        ("fr", "En Syrie, le convoi a été frappé par l'armée de l'air."),  # a branch's name
        ("fr", "Au Mali, la ville a été prise par l'armée du Kremlin."),  # a name of its own
        ("en", "In Egypt, the statement was read by the army chief."),  # a title the word qualifies
        ("en", "In Bolivia, the president resigned after the army withdrew its support."),  # not a passive's agent
    ],
)
def test_no_army_without_its_one_state(language: str, text: str) -> None:
    assert not any(name.endswith(" Army") for _, name in found(text, language))
