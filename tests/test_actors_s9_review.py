"""Fixes of review s9's findings on actors (issue 15): each test pins what the extractor returns for a sentence
written for the tests (on a harbour and its fleet), never one of a set."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language)}


def test_a_drone_is_no_news_agency() -> None:
    """Turkish "İHA" (insansız hava aracı) is a drone: no agency of that acronym is named."""
    assert names("Liman üzerinde bir İHA ve iki SİHA uçtu.", "tr") == set()
