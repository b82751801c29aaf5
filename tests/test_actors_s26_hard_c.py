"""A state's name written the English way, with a "c" said as "k", in a language whose own name for it (CLDR's)
writes the "k": Luganda "America" (CLDR "Amerika"). Texts written for these tests, on a topic of their own (a
farming programme)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    "text",
    [
        "Minisita agambye nti America eyagala okuyamba abalimi b'emmwaanyi.",
        "Abalimi baagenze mu America okuyiga enkola empya ey'obulimi.",
    ],
)
def test_the_english_spelling_of_a_luganda_name(text: str) -> None:
    assert states(text, "lg") == ["United States"]


def test_a_c_said_as_s_is_no_k() -> None:
    """ "Ace" is no "Ake": only a "c" before a, o, u or a consonant is said "k"; a word no state's name spells stays
    unread."""
    assert states("Omulimi Cecilia Namusoke agambye nti ennimiro ze zikuze.", "lg") == []
