"""A given name's initial glued to a surname ("G.Berdimuhamedow") is another person than the full name the text gives
with the same surname when the full name's listed given name opens with another letter ("Serdar Berdimuhamedow"):
keyed apart; with the same letter, one person. Texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.surfaces) for f in find_actors(text, language) if f.kind == "person")


def test_another_initial_is_another_person() -> None:
    text = "Türkmenistanyň Prezidenti Serdar Berdimuhamedow we Halk Maslahatynyň Başlygy G.Berdimuhamedow duşuşdy."
    assert people(text, "tk") == [("G.Berdimuhamedow",), ("Serdar Berdimuhamedow",)]
    text = "Halk Maslahatynyň Başlygy G.Berdimuhamedow we Prezident Serdar Berdimuhamedow duşuşdy."
    assert people(text, "tk") == [("G.Berdimuhamedow",), ("Serdar Berdimuhamedow",)]


def test_the_same_initial_is_the_same_person() -> None:
    text = "Prezident Serdar Berdimuhamedow çykyş etdi. Soňra S.Berdimuhamedow myhmanlary kabul etdi."
    assert people(text, "tk") == [("Serdar Berdimuhamedow", "S.Berdimuhamedow")]
