"""Actors on a language's first day: acronyms joined by a slash or a hyphen name no body when one part is a
currency's code (a rate). Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ifaranga ryataye agaciro: EUR/USD yageze kuri 1,08 ejo.", "rn"),
        ("Bei ya GBP/JPY ilipanda jana sokoni.", "sw"),
    ],
)
def test_a_currency_pair_is_no_body(text: str, language: str) -> None:
    assert [f.name for f in find_actors(text, language) if f.kind == "organisation"] == []
