"""A capital's name that gives a time of day its clock names no state: alone in brackets after the time ("à 13h40
(Paris)"), or in Russian after "по" in a clause that gives a time ("в 11:00 по Москве", "к четырем часам дня по
Москве"). The capital acting, or struck, stays its state. Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le conseil municipal a voté à 18h30 (Paris) le nouveau budget.", "fr"),
        ("The vote closed at 21:00 (Moscow) on Sunday.", "en"),
        ("Концерт начнется в 19:00 по Москве.", "ru"),
        ("Ярмарка откроется к десяти часам утра по Москве.", "ru"),
    ],
)
def test_a_capital_giving_the_clock_is_no_state(text: str, language: str) -> None:
    assert states(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Paris a annoncé à 18h30 de nouvelles sanctions.", "fr", "France"),  # the capital acting
        ("Le gouvernement (Paris) a répondu lundi.", "fr", "France"),  # in brackets, after no time
        ("Удар по Киеву нанесли ночью, заявила Москва.", "ru", "Russia"),  # "по" with no time before it
        ("Санкции по Москве ударили по рынку.", "ru", "Russia"),
    ],
)
def test_a_capital_elsewhere_stays_its_state(text: str, language: str, state: str) -> None:
    assert state in states(text, language)
