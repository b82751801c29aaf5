"""A state's name that is also a given name: the person before a surname, the state in a list of states, in every
language whose data says a state's name after a given name is a surname. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def actors(text: str, language: str) -> dict[str, str]:
    return {a.name: a.kind for a in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("The minister met Israel Cohen on Tuesday.", "en", "Israel Cohen"),
        ("Jordan Bardella a critiqué le gouvernement mardi.", "fr", "Jordan Bardella"),
    ],
)
def test_a_state_s_name_before_a_surname_is_the_person(text: str, language: str, person: str) -> None:
    found = actors(text, language)
    assert found.get(person) == "person"
    assert "Israel" not in found and "Jordan" not in found


def test_states_listed_one_after_another_stay_states() -> None:
    found = actors("Delegations from Jordan Israel Egypt attended.", "en")
    assert found.get("Jordan") == "state" and found.get("Israel") == "state"
    assert not any(kind == "person" for kind in found.values())


@pytest.mark.parametrize("language", ["de", "ru", "tr", "ar"])
def test_a_language_without_the_rule_reads_the_text(language: str) -> None:
    find_actors("Jordan said on Monday it would reopen the border.", language)  # no error in any language
