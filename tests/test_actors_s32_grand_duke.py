"""Actors: a grand duke's or a duke's title before his one name, in the genitive too ("des Großherzogs Jean",
"Großherzog Henri"), as German writes a sovereign's; the grand duchy's name and a duke "von" a place name no
person. Texts written for these tests (an exhibition)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zum Gedenken des Großherzogs Jean zeigt das Museum seine Briefe.", "Jean"),
        ("Großherzog Henri eröffnete am Morgen die Ausstellung.", "Henri"),
        ("Großherzogin Charlotte besuchte die Ausstellung.", "Charlotte"),
    ],
)
def test_the_name_after_a_grand_dukes_title_is_a_person(text: str, person: str) -> None:
    assert people(text) == [person]


@pytest.mark.parametrize(
    "text",
    ["Das Großherzogtum feiert die Ausstellung.", "Der Herzog von Edinburgh kam zur Ausstellung.", "Die Herzogin war nicht da."],
)
def test_no_person_without_a_name(text: str) -> None:
    assert people(text) == []
