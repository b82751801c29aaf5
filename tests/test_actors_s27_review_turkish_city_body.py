"""Turkish: a capital's name opening a body's name ("Ankara Büyükşehir Belediyesi", "Ankara Valiliği") is the body's
word, its city's municipality or governorship, not the state; "X Valiliği döneminde" after a person's full name is
the person's term in office, no body named after them. Sentences written for the test (buses, a bridge)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "tr")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ankara Büyükşehir Belediyesi yeni elektrikli otobüsleri hizmete aldı.", "Ankara Büyükşehir Belediyesi"),
        ("Ankara Valiliği köprü trafiği için yeni kurallar açıkladı.", "Ankara Valiliği"),
    ],
)
def test_a_capitals_municipality_keeps_its_city(text: str, body: str) -> None:
    assert found(text) == [("organisation", body)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Köprü, Mustafa Çelik Valiliği döneminde tamamlandı.", "Mustafa Çelik"),
        ("Hasan Ali Öztürk Valiliği döneminde yeni okullar açıldı.", "Hasan Ali Öztürk"),
    ],
)
def test_an_office_term_names_the_person(text: str, person: str) -> None:
    assert found(text) == [("person", person)]
