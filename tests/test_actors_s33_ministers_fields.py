"""A minister's fields are no person's name: after the title, and in a list of one minister's fields after a comma,
each with its connector and article ("le Ministre de l'Enseignement technique, de la Formation professionnelle et de
l'Apprentissage"). Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from conftest import mentions_of


def _dir(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_fields_are_no_people(tmp_path: Path) -> None:
    text = "Le Ministre des Transports, de la Marine Marchande et de l’Aviation Civile a inauguré le port."
    assert "Marine Marchande" not in mentions_of(_dir(tmp_path, "b"), text)
    text = "La Ministre de la Santé, de l’Hygiène Publique et de la Couverture Maladie a ouvert le centre."
    assert "Hygiène Publique" not in mentions_of(_dir(tmp_path, "c"), text)


def test_people_after_titles_and_commas_stay(tmp_path: Path) -> None:
    # a name after a title's field and a comma, with no connector before it
    found = mentions_of(_dir(tmp_path, "d"), "Le ministre indien du Commerce, Piyush Goyal, a ouvert la foire lundi.")
    assert found.get("Piyush Goyal")
    # the plural title before two names
    found = mentions_of(_dir(tmp_path, "e"), "Les ministres Jean Dupont et Marie Durand ont signé l'accord hier soir.")
    assert found.get("Jean Dupont") and found.get("Marie Durand")
    # a name with its particle and article inside it, after a comma
    found = mentions_of(_dir(tmp_path, "f"), "Selon le porte-parole, Jean de la Fontaine Martin a quitté la ville.")
    assert found.get("Jean de la Fontaine Martin")
    # a body after a comma and "de la" is still a body
    found = mentions_of(_dir(tmp_path, "g"), "Le directeur, de la Banque Centrale des États de l'Afrique de l'Ouest, a parlé.")
    assert any("Banque Centrale" in text for text in found)


def test_a_relative_pronoun_opens_no_field(tmp_path: Path) -> None:
    # German "die" after a comma is a relative pronoun, and German capitalises its nouns: the name stays
    text = "Die Reform, die Élisabeth Borne am Dienstag vorstellte, stößt auf harten Protest der Gewerkschaften."
    assert mentions_of(_dir(tmp_path, "h"), text).get("Élisabeth Borne")
