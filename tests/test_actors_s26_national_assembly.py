"""Actors: a legislature named by German's one word for a national assembly ("die Nationalversammlung"), read with
the state the text names, as "das Parlament" is; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


def test_the_national_assembly_of_the_state_named() -> None:
    text = "Die Wahl in Südafrika ist vorbei. Keine Partei hat in der Nationalversammlung eine eigene Mehrheit."
    assert "South Africa National Assembly" in names(text, "de", "organisation")


def test_the_parliament_is_read_as_before() -> None:
    assert "South Africa Parliament" in names("In Südafrika hat das Parlament den Präsidenten gewählt.", "de", "organisation")
