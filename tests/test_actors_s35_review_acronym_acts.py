"""Review of the acronym that acts after a definite article (63f21080): a participle followed by "by"/"from" ("par")
is passive, the acronym acted on ("the NDA signed by both firms"), and common nouns' acronyms (MRI, PPE, ICBM) and
French stock indices (CAC) are no bodies. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "language", "acronym"),
    [
        ("The MRI ordered by his doctor showed nothing unusual.", "en", "MRI"),
        ("The PPE ordered from China arrived late.", "en", "PPE"),
        ("The MRI has found a small tumour.", "en", "MRI"),
        ("The ICBM has issued no warning.", "en", "ICBM"),
        ("The XRB ordered by the council was delivered in May.", "en", "XRB"),
        ("Le CAC a ouvert en hausse de 0,5 % lundi.", "fr", "CAC"),
    ],
)
def test_no_body_from_a_passive_or_a_common_acronym(text: str, language: str, acronym: str) -> None:
    assert acronym not in organisations(text, language)


def test_an_acronym_acting_is_still_a_body() -> None:
    assert "QPX" in organisations("The QPX has ordered an inquiry into the crash.", "en")
