"""French "parti" is a party and the past participle of "partir" (left): before "de" and a name with no determiner
before it (`participle_heads`, `head_determiners`) it is the participle and where from ("un avion parti de Tomsk",
"Parti d'Odessa le 1er août, le cargo…"), no party; after one it stays the party ("le Parti de Gauche", "les élus
du Parti de Gauche"), as does a party named without "de" ("Parti communiste"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "fr")]


@pytest.mark.parametrize(
    "text",
    [
        "Parti de Varna le 1er août, le cargo a enfin accosté à Mersin.",
        "Il a eu un malaise dans un avion parti de Novossibirsk, en Sibérie.",
        "Le navire, parti d'Istanbul mardi, est arrivé au port.",
    ],
)
def test_the_participle_is_no_party(text: str) -> None:
    assert not any(name.lower().startswith("parti") for _, name in found(text))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Le Parti de Gauche a voté contre le texte.", "Parti de Gauche"),
        ("Les élus du Parti de Gauche ont voté contre.", "Parti de Gauche"),
        ("Selon le nouveau Parti de Gauche, rien ne change.", "Parti de Gauche"),
        ("Parti communiste : le congrès s'ouvre à Paris.", "Parti communiste"),
    ],
)
def test_a_party_after_a_determiner_stays(text: str, party: str) -> None:
    assert ("organisation", party) in found(text)
