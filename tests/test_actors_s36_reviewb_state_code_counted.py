"""Review B 8: "ein US-Militär" is a military man, one of a kind's members, as is a compound after a number ("drei
US-Militärs"): no state's body after an indefinite article or a number. "das US-Militär" still is the body.
Sentences written for the test (a port)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Ein US-Militär erklärte dem Sender, der Hafen bleibe offen.",
        "Nach Angaben eines US-Militärs wurde der Hafen geräumt.",
        "Am Hafen warteten 3 US-Militärs auf das Schiff.",
    ],
)
def test_one_of_its_members_is_no_body(text: str) -> None:
    assert "United States Armed Forces" not in bodies(text)


def test_the_body_itself_stays() -> None:
    assert "United States Armed Forces" in bodies("Das US-Militär verlegte Schiffe in den Hafen.")
