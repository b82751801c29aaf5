"""Review B 13: "in"/"on" fused with the article opening an Italian sentence ("Nel", "Sul") is no part of the
body's name after it: "Nel Comune di Pavia …" names "Comune di Pavia". Inside a sentence nothing changes, and a
name opening the sentence stays whole. Sentences written for the test (a town's markets)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "it") if f.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Nel Comune di Pavia aprono tre nuovi mercati rionali.",
        "Sul Comune di Pavia pesa un debito di tre milioni.",
    ],
)
def test_an_opening_preposition_is_no_part_of_the_name(text: str) -> None:
    found = bodies(text)
    assert found and not any(name.startswith(("Nel ", "Sul ")) for name in found)


def test_a_body_opening_the_sentence_stays_whole() -> None:
    assert "Comune di Pavia" in bodies("Il Comune di Pavia apre tre nuovi mercati rionali.")


def test_a_name_opening_with_the_letters_stays() -> None:
    assert ("person", "Nelson Mandela") in [(f.kind, f.name) for f in find_actors("Nelson Mandela visitò Pavia.", "it")]
