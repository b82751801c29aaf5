"""States in Welsh and Irish, languages with no data file (issue 15): CLDR opens many of their names with an article
("Yr Eidal", "Y Deyrnas Unedig", "An Éigipt"), which running text writes in lower case or merges with a
preposition ("yn yr Eidal", "ón Éigipt"), and their initial mutations change a name's first letters ("Catar":
"gnóthaí Chatar", Qatar's affairs). Made-up sentences; before, none named its state."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Cyfarfu'r gweinidog â'i gymar yn yr Eidal ddoe.", "cy", "Italy"),
        ("Bydd prif weinidog newydd y Deyrnas Unedig yn dechrau heddiw.", "cy", "United Kingdom"),
        ("Mae economi'r DU yn tyfu eto.", "cy", "United Kingdom"),
        ("Tháinig na trucailí ón Éigipt inné.", "ga", "Egypt"),
        ("Labhair aire gnóthaí eachtracha Chatar leis na meáin.", "ga", "Qatar"),
    ],
)
def test_a_state_after_an_article_or_mutated(text: str, language: str, state: str) -> None:
    assert state in names(text, language)


def test_an_acronym_takes_no_mutation() -> None:
    # "UA" (the African Union's French acronym) with Irish "n" before it would be "Nua" (new): no actor
    assert "African Union" not in names("Osclaíodh an leabharlann nua i mBaile Átha Cliath.", "ga")
