"""Review of fixst3: after "Presidente del/do/della", a bank's or foundation's head-word and its name stay one body;
the surname after a public office's head-word is still the holder's ("el Presidente del Gobierno Sánchez")."""

import pytest
from briefing.actors import find_actors


def _found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("es", "Ayer habló el Presidente del Banco Santander en Madrid.", "Banco Santander"),
        ("pt", "Ontem falou o Presidente do Banco Bradesco em São Paulo.", "Banco Bradesco"),
        ("it", "Ieri ha parlato il Presidente della Fondazione Cariplo a Milano.", "Fondazione Cariplo"),
        ("es", "Ayer habló el Presidente del Banco Sabadell en Barcelona.", "Banco Sabadell"),
    ],
)
def test_bank_keeps_its_name(language: str, text: str, body: str) -> None:
    found = _found(text, language)
    assert ("organisation", body) in found
    assert not any(kind == "person" for kind, _ in found)


def test_office_holder_still_split() -> None:
    found = _found("Ayer habló el Presidente del Gobierno Sánchez en Madrid.", "es")
    assert ("person", "Sánchez") in found
