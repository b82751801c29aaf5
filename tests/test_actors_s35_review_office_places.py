"""Review of law offices of a jurisdiction (63f21080): a place whose name goes on past "and" or an abbreviation's
full stop ("Trinidad and Tobago", "St. Lucia") is not cut to its first words ("Attorney General of Trinidad"); its
state is still found. Two offices joined by "and" stay two. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "en")]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Attorney General of Trinidad and Tobago said the appeal would proceed.", "Trinidad and Tobago"),
        ("The Attorney General of Bosnia and Herzegovina filed the case.", "Bosnia and Herzegovina"),
        ("The Attorney General of St. Lucia said the law stands.", "Saint Lucia"),
    ],
)
def test_a_place_is_not_cut(text: str, state: str) -> None:
    names = found(text)
    assert ("state", state) in names
    assert not any(name.startswith("Attorney") for _, name in names)


def test_two_offices_joined_by_and() -> None:
    names = found("Interveners: Attorney General of Alberta and Attorney General of Yukon.")
    assert ("organisation", "Attorney General of Alberta") in names
