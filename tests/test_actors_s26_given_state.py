"""A state's name that is also a common given name, before a surname closing a two-word name, is that person's given
name ("Dominique" is French for Dominica, "Jordan" a state), in English and the Romance languages; texts written for
these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Le tribunal a entendu Dominique Moreau, témoin principal, mardi.", "fr", "Dominica"),
        ("Au meeting, Jordan Durand a pris la parole devant les militants.", "fr", "Jordan"),
        ("The minister met Israel Cohen, the union's negotiator, on Tuesday.", "en", "Israel"),
    ],
)
def test_a_given_name_is_no_state(text: str, language: str, state: str) -> None:
    assert not any(name == state and kind == "state" for name, kind in found(text, language))


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("La Dominique a été frappée par un ouragan.", "fr", "Dominica"),  # an article's noun
        ("En France Macron reste populaire selon ce sondage.", "fr", "France"),  # a preposition's noun
        ("Jordan said on Monday that the border would stay open.", "en", "Jordan"),  # no surname after it
        ("Chad President Mahamat Deby arrived on Sunday.", "en", "Chad"),  # a title after it
    ],
)
def test_the_state_stays(text: str, language: str, state: str) -> None:
    assert (state, "state") in found(text, language)
