"""Actors with an empty topic registry, on made-up sentences (issue 15): a Turkish state's name with its case ending
glued on, no apostrophe between ("Almanyanın", "Rusyaya")."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Almanyanın dışişleri bakanı dün konuştu.", "Germany"),
        ("Heyet salı günü Rusyaya gitti.", "Russia"),
        ("Ukraynada çatışmalar sürüyor.", "Ukraine"),
        ("Bakan Fransadan döndü.", "France"),
    ],
)
def test_turkish_state_with_a_glued_case_ending(text: str, state: str) -> None:
    assert names(text, "tr", "state") == {state}


def test_turkish_word_that_only_ends_like_a_case_is_no_state() -> None:
    assert names("Toplantı yarın başlayacak ve herkes gelecek.", "tr", "state") == set()
