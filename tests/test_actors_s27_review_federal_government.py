"""Actors (review of the German rule): "Bundesregierung" stands for Germany alone, not where another state
qualifies it (a glued prefix, a state's adjective, another state's name in the genitive); texts written for these
tests."""

from __future__ import annotations

from briefing.actors import find_actors


def states(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "state"]


def test_the_federal_government_alone_is_germany() -> None:
    assert states("Die Bundesregierung hat am Dienstag ein Gesetz beschlossen.") == ["Germany"]


def test_a_glued_prefix_is_another_state_s() -> None:
    assert states("Die US-Bundesregierung droht mit einem Stillstand.") == []


def test_a_state_adjective_is_another_state_s() -> None:
    """The adjective's state is the one named (tests/test_actors_s28_other_federal_government.py)."""
    assert states("Die österreichische Bundesregierung hat ein Sparpaket vorgelegt.") == ["Austria"]
    assert states("Die kanadische Bundesregierung will weniger Einwanderer.") == ["Canada"]


def test_a_genitive_state_is_another_state_s() -> None:
    assert states("Die Bundesregierung Kanadas will weniger Einwanderer.") == ["Canada"]
    assert states("Österreichs Bundesregierung hat ein Sparpaket vorgelegt.") == ["Austria"]
