"""Review of fixst3: the Italian club rule reads Italy's regions only ("del Friuli" is no club); a foreign club
named like another state's region ("del Bayern", "del Porto") is a club again."""

import pytest
from briefing.actors import find_actors


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "it")]


@pytest.mark.parametrize(
    ("text", "club", "person"),
    [
        ("Ieri l'attaccante del Bayern Harry Kane ha segnato due gol.", "Bayern", "Harry Kane"),
        ("Ieri il portiere del Porto Diogo Costa ha parato un rigore.", "Porto", "Diogo Costa"),
    ],
)
def test_a_foreign_club_stays(text: str, club: str, person: str) -> None:
    found = _found(text)
    assert ("organisation", club) in found
    assert ("person", person) in found


def test_an_italian_region_is_no_club() -> None:
    found = _found("Ieri il velocista del Friuli Marco Rossi ha vinto la tappa.")
    assert ("person", "Marco Rossi") in found
    assert not any(kind == "organisation" for kind, _ in found)
