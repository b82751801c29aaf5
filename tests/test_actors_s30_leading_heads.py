"""Actors in a language whose bodies' names open with a head-word bearing its article (Romanian "Tribunalul Cluj",
"Tribunalului Cluj": of the Cluj court; "Primăriei Sibiu"): the head-word and the capitalised words after it are the
body; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hotărârea a fost pronunțată ieri de Tribunalul Cluj în dosarul de corupție.", "Tribunalul Cluj"),
        ("Purtătorul de cuvânt al Tribunalului Cluj a confirmat decizia de marți.", "Tribunalului Cluj"),
        ("Contractul a fost semnat de reprezentanții Primăriei Sibiu săptămâna trecută.", "Primăriei Sibiu"),
    ],
)
def test_a_head_word_then_capitalised_words_is_a_body(text: str, name: str) -> None:
    assert name in bodies(text, "ro")


@pytest.mark.parametrize(
    "text",
    [
        "Ministerul a anunțat că tribunalul va decide luna viitoare.",  # head-words with no name after them
        "Noul sediu al primăriei a fost inaugurat ieri după-amiază.",  # a common noun in lower case
    ],
)
def test_no_body_without_a_name_after_the_head_word(text: str) -> None:
    assert bodies(text, "ro") == []
