"""A capitalised "Parti de …" inside a sentence, after a bracket or a comma with no determiner, is the party's name
("Marine Dubois (Parti de Gauche)"); the lower-case participle ("un navire parti de Brest") and the participle
opening a sentence ("Parti de Brest le 2 mai, le navire …") are none. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> set[str]:
    return {s for a in find_actors(text, "fr") if a.kind == "organisation" for s in a.surfaces}


def test_a_capitalised_party_after_a_bracket_is_the_party() -> None:
    assert "Parti de Gauche" in organisations("Hier, Marine Dubois (Parti de Gauche) a dénoncé le projet de loi.")


@pytest.mark.parametrize(
    "text", ["Un navire parti de Brest a sombré au large.", "Parti de Brest le 2 mai, le navire est arrivé à Dakar."]
)
def test_the_participle_is_no_party(text: str) -> None:
    assert not any(s.startswith(("Parti", "parti")) for s in organisations(text))
