"""A state's name written with a long vowel once where the language's own name for it (CLDR's) doubles it, or twice
where that name writes it once: Wolof "Niseer" (CLDR "Niiseer"). Texts written for these tests, on a topic of
their own (a river's fishermen)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    "text",
    [
        "Napkat yi dañu jóge Niseer ngir jaay seen jën ci marse bi.",  # a long vowel written once
        "Napkat yi dañu jóge Niiseer ngir jaay seen jën ci marse bi.",  # as CLDR writes it
    ],
)
def test_a_long_vowel_written_once_or_twice(text: str) -> None:
    assert states(text, "wo") == ["Niger"]


def test_a_short_word_is_not_read_so() -> None:
    """Four letters say too little: "Mall" is not read as Mali ("Maali")."""
    assert states("Napkat yi dañu jóge Mall ngir jaay seen jën.", "wo") == []
