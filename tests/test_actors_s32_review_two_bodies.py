"""Review fix: the language's own "and" (CLDR's list pattern: Catalan "i", Irish "agus"; Welsh "a", "ac" from
`data/detection_words.yaml`) joins two bodies, never the parts of one name, nor a given name to a person's; a Welsh
body's head-word in a mutated form is named in its own form. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "wrong"),
    [
        ("El Consell i el Parlament van signar l'acord ahir.", "ca", "Consell i el Parlament"),
        ("Mae Cyngor Gwynedd a Heddlu Dyfed wedi trafod y cynllun.", "cy", "Heddlu Dyfed"),
    ],
)
def test_and_never_joins_two_bodies_into_one(text: str, language: str, wrong: str) -> None:
    found = bodies(text, language)
    assert not any(" i el " in name or " a " in name for name in found)
    if language == "cy":
        assert found == ["Cyngor Gwynedd", wrong]


def test_a_mutated_head_word_is_named_in_its_own_form() -> None:
    assert bodies("Bu trafodaeth hir yng Nghyngor Sir Benfro neithiwr.", "cy") == ["Cyngor Sir Benfro"]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Mae Cyngor Sir Benfro wedi cytuno.", "cy", "Cyngor Sir Benfro"),  # no mutation, nothing changed
        ("La Conselleria de Salut i Família ha publicat les dades.", "ca", "Conselleria de Salut i Família"),  # one body
    ],
)
def test_one_body_stays_whole(text: str, language: str, body: str) -> None:
    assert body in bodies(text, language)
