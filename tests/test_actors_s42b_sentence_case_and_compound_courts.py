"""Two forms of a body's name no registry lists. Italian, like French, capitalises only the first word of a body's name:
a capitalised head-word inside a sentence, then a preposition and a lower-case noun, is the body to that noun ("il
Partito dei contadini"); not when a determiner counts the head-word ("un Consiglio dei ministri"), nor before a verb's
infinitive after a bare "di" ("chiese alla Corte di ridurre la pena": the court asked to act). German glues a court's
head-word into a compound ("Seegerichtshof", "Schiedshof"): a capitalised adjective with a case ending right before it
opens the name ("der Internationale Seegerichtshof", "des Ständigen Schiedshofs"); an article opens none, and the
compound alone, with too short a first part, names no court in particular. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ieri il segretario del Partito dei contadini ha chiesto nuove elezioni.", "Partito dei contadini"),
        ("Il voto della Camera dei rappresentanti è atteso per giovedì.", "Camera dei rappresentanti"),
        ("I portavoce del Fronte di liberazione hanno smentito ogni accordo.", "Fronte di liberazione"),
        ("Il voto del Consiglio dei veterani è atteso per lunedì.", "Consiglio dei veterani"),
    ],
)
def test_an_italian_body_in_sentence_case(text: str, body: str) -> None:
    assert body in bodies(text, "it")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Gli avvocati chiesero alla Corte di ridurre la pena del sindaco.", "Corte di ridurre"),
        ("Il ricorso invita la Commissione di rivedere le quote di pesca.", "Commissione di rivedere"),
        ("Si è riunito un Consiglio dei ministri straordinario nel pomeriggio.", "Consiglio dei ministri"),
    ],
)
def test_no_italian_complement_past_an_infinitive_or_a_counted_head(text: str, wrong: str) -> None:
    assert wrong not in bodies(text, "it")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Im Herbst entschied der Internationale Seegerichtshof gegen die Reederei.", "Internationale Seegerichtshof"),
        ("Die Klage liegt nun beim Internationalen Sportgerichtshof in Lausanne.", "Internationalen Sportgerichtshof"),
        ("Der Spruch des Ständigen Schiedshofs wurde am Abend veröffentlicht.", "Ständigen Schiedshofs"),
        ("Nach Ansicht der Ständige Schiedshof sei der Vertrag gültig.", "Ständige Schiedshof"),
    ],
)
def test_a_german_compound_court_after_its_adjective(text: str, body: str) -> None:
    assert body in bodies(text, "de")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Der Seegerichtshof vertagte die Anhörung.", "Seegerichtshof"),  # "See" alone: no court in particular
        ("Der Schiedshof vertagte die Anhörung.", "Schiedshof"),
        ("Die Bundesanwaltschaft ermittelt seit Montag.", "Die Bundesanwaltschaft"),  # an article opens no name
    ],
)
def test_no_german_compound_court_without_its_adjective(text: str, wrong: str) -> None:
    assert wrong not in bodies(text, "de")
