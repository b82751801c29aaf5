"""Actors (fa): Hamas by its full Persian name, "جنبش مقاومت اسلامی فلسطین" (the Palestinian Islamic Resistance
Movement), as the Arabic "حركة المقاومة الإسلامية" already is: the movement, not the state of Palestine inside its
name. Palestine named alone stays the state. Sentences written for the test (a relief convoy)."""

from __future__ import annotations

from briefing.actors import find_actors


def named(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "fa")]


def test_the_full_name_is_hamas() -> None:
    found = named("دفتر سیاسی جنبش مقاومت اسلامی فلسطین از ورود کاروان کمک‌ها استقبال کرد.")
    assert "Hamas" in found and "State of Palestine" not in found


def test_palestine_alone_stays_the_state() -> None:
    assert named("کاروان کمک‌ها به فلسطین رسید.") == ["State of Palestine"]
