"""An acronym after a definite article acts as a body in a compound tense too: the auxiliary is looked past to the
verb (`acting_auxiliaries`: "the FBI has released", "le FBI a confirmé"), so "the XYZ has issued" names a body as
"the XYZ issued" does. An acronym of a common noun (`common_acronyms`: "the ICU", "le SMS") names none, whatever
verb follows; nor does a verb no body does ("has risen"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("en", "On Tuesday the KWD has issued a red alert for the coastal districts.", "KWD"),
        ("en", "The RTF found that the bridge's cables had corroded.", "RTF"),
        ("fr", "Mardi, le SNPT a confirmé la date de la grève.", "SNPT"),
        ("fr", "Dans la nuit, la BRDP a arrêté deux suspects.", "BRDP"),
    ],
)
def test_an_acronym_in_a_compound_tense_is_a_body(language: str, text: str, body: str) -> None:
    assert ("organisation", body) in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ICU has confirmed two more admissions overnight."),  # a common noun's acronym
        ("en", "The GDP has risen by two per cent this year."),  # a verb no body does
        ("en", "The SUV has been found in a car park."),  # a common noun, a passive
        ("fr", "Le SMS a confirmé le rendez-vous du patient."),  # a common noun's acronym
        ("fr", "Le PIB a augmenté de deux pour cent."),  # a verb no body does
        ("fr", "La TVA a été relevée au premier janvier."),  # a passive
    ],
)
def test_no_body_from_a_common_acronym_or_another_verb(language: str, text: str) -> None:
    assert "organisation" not in {kind for kind, _ in found(text, language)}
