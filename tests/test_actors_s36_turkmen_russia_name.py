"""Turkmen names Russia "Orsýet" beside CLDR's "Russiýa", in any case ("Orsýeti", "Orsýetiň", "Orsýetde"):
base knowledge (`knowledge/states.yaml`). Iran stays Iran; a sentence without either names neither. Sentences
written for the test."""

from __future__ import annotations

from briefing.actors import find_actors


def states(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "tk") if a.kind == "state"}


def test_orsyet_in_any_case_is_russia() -> None:
    assert "Russia" in states("Orsýetiň wekilleri Aşgabada geldi.")
    assert "Russia" in states("Türkmenistan gazy Orsýete iberýär.")
    assert states("Eýran bilen Orsýetiň arasynda gepleşik boldy.") == {"Iran", "Russia"}


def test_other_words_are_not_russia() -> None:
    assert "Russia" not in states("Daýhanlar pagta ýygymyny tamamladylar.")
    assert "Russia" not in states("Ors dilinde kitap çap edildi.")
