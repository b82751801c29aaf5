"""Detection: a capital "D'" glued to a capital is a surname's particle ("Massimo D'Alema", "Luigi D'Angelo"), one
word of the name, not the elided preposition "d'" (di, de), which a sentence writes in lower case ("d'Italia");
texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


def test_an_italian_surname_with_its_particle() -> None:
    assert people("Ne ha parlato ieri Massimo D'Alema durante un convegno a Bari.", "it") == ["Massimo D'Alema"]


def test_the_typographic_apostrophe() -> None:
    assert people("Alla riunione ha partecipato anche Luigi D’Amato, sindaco del paese.", "it") == ["Luigi D’Amato"]


def test_the_elided_preposition_in_lower_case_stays_elided() -> None:
    assert people("Il presidente della Banca d'Italia ha parlato ieri.", "it") == []


def test_a_french_particle_in_lower_case_is_read_as_before() -> None:
    assert people("Valéry Giscard d'Estaing a été élu en 1974.", "fr") == ["Valéry Giscard d'Estaing"]
