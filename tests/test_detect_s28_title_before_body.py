"""A title, then a body's name its head-word closes with no given name between ("Bakan Ankara Kalkınma Ajansı
toplantısına katıldı", the minister attended the development agency's meeting): the body, not a person named by
the title; a title before a full name still names the person. Sentences written for the test (a regional fair)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bakan Konya Kalkınma Ajansı fuarına katıldı.", "Konya Kalkınma Ajansı"),
        ("Vali Bursa Kalkınma Ajansı fuarını gezdi.", "Bursa Kalkınma Ajansı"),
    ],
)
def test_the_body_after_the_title(text: str, body: str) -> None:
    actors = found(text, "tr")
    assert ("organisation", body) in actors
    assert not any(kind == "person" for kind, _ in actors)


def test_a_full_name_after_the_title_is_the_person() -> None:
    assert ("person", "Ayşe Yılmaz") in found("Vali Ayşe Yılmaz fuarı gezdi.", "tr")


def test_a_title_s_complement_is_no_body_of_its_own() -> None:
    """ "el Presidente de la República de la Unión de Myanmar Htin Kyaw": the title's complement names the state."""
    text = "El Presidente de la República de la Unión de Myanmar Aung Min visitó la feria regional."
    actors = [(f.kind, f.name) for f in find_actors(text, "es")]
    assert ("state", "Myanmar") in actors
    assert not any(kind == "organisation" for kind, _ in actors)
