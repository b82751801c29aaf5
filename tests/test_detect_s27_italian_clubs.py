"""Italian: a body named with its article ("del Lecce", "della Juventus": cities' names take none) before a full
name, which is its member's; a national coach's and a lawyer's titles ("il Ct", "Avv."); and the body a title's
"of" names when no person follows ("il Presidente del Tribunale di Milano"). Sentences written for the test, on
a topic of their own (a cycling club and a regional court)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, kind: str) -> list[str]:
    return [f.name for f in find_actors(text, "it") if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "club", "person"),
    [
        ("Ha vinto il velocista del Pedale Rossoblù Marco Ferretti.", "Pedale Rossoblù", "Marco Ferretti"),
        ("Ha parlato l'allenatore della Virtus Sondrio Luca Bernardi.", "Virtus Sondrio", "Luca Bernardi"),
    ],
)
def test_a_club_then_its_member(text: str, club: str, person: str) -> None:
    assert club in found(text, "organisation")
    assert person in found(text, "person")


def test_a_city_takes_no_article() -> None:
    """ "il sindaco di Sondrio Luca Bernardi": the city is no body."""
    assert found("Ha parlato il sindaco di Sondrio Luca Bernardi.", "organisation") == []
    assert "Luca Bernardi" in found("Ha parlato il sindaco di Sondrio Luca Bernardi.", "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Il Ct Paolo Gentile ha scelto dodici cicliste.", "Paolo Gentile"),
        ("Firmato: Il Presidente (Avv. Chiara Donati)", "Chiara Donati"),
    ],
)
def test_a_coach_or_a_lawyer_by_title(text: str, person: str) -> None:
    assert person in found(text, "person")


def test_the_body_after_a_title_and_of() -> None:
    text = "Con un decreto, il Presidente del Tribunale di Trento ha sospeso le udienze."
    assert "Tribunale di Trento" in found(text, "organisation")


def test_a_person_after_the_title_and_its_body_stays_one() -> None:
    assert "Giorgia Rinaldi" in found("Il Presidente della Regione Giorgia Rinaldi ha parlato.", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Le navi sono entrate nelle acque della Secca Thomas Reef ieri.",  # no member's role before the article
        "Fu insignito della Medaglia Otto Hahn per la pace.",
    ],
)
def test_no_club_without_a_members_role(text: str) -> None:
    assert "Secca" not in found(text, "organisation") and "Medaglia" not in found(text, "organisation")
