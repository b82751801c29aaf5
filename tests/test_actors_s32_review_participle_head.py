"""Review fix: Occitan and Catalan "Partit" is a party and the participle "left": opening a sentence before "of"
and one place it names no body (`data/detection_words.yaml` participles). Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Partit de Rodés dissabte, lo grop es arribat al vilatge.", "oc"),
        ("Partit de Besièrs a l'alba, lo cortègi a traversat la plana.", "oc"),
        ("Partit de Lleida dilluns, el grup va arribar a Reus.", "ca"),
    ],
)
def test_a_participle_opening_a_sentence_names_no_body(text: str, language: str) -> None:
    assert bodies(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Lo Partit Socialista de Rodés a votat contra.", "oc", "Partit Socialista de Rodés"),
        ("Parlament de Catalunya ha aprovat la llei.", "ca", "Parlament de Catalunya"),  # not a participle
        ("Segon lo Partit de la Tèrra, lo projècte es pas bon.", "oc", "Partit de la Tèrra"),  # inside a sentence
    ],
)
def test_a_party_or_another_body_is_still_named(text: str, language: str, body: str) -> None:
    assert body in bodies(text, language)
