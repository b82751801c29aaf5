"""A state's name in Cyrillic that ends like a case ending ("Вьетнам", "Суринам": "-ам") is still found in its other
cases ("Вьетнама", "Суринаму"). Made-up sentences, empty topic registry."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Правительство Вьетнама заявило протест.", "ru", "Vietnam"),
        ("Делегация Вьетнама прибыла в Москву.", "ru", "Vietnam"),
        ("Москва направила ноту Суринаму.", "ru", "Suriname"),
        ("Вьетнам заявил протест.", "ru", "Vietnam"),
    ],
)
def test_a_state_whose_name_ends_like_a_case_ending_is_found_in_its_cases(text: str, language: str, state: str) -> None:
    found = [(f.name, f.kind) for f in find_actors(text, language)]
    assert (state, "state") in found
    assert [f for f in found if f[1] == "person"] == []
