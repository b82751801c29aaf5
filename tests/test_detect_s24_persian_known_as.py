"""Persian: "ملقب به", "معروف به", "مشهور به" (known as) after a person's name close it; the name they introduce is
another; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "fa") if f.kind == "person"]


def test_known_as_closes_the_name_before_it() -> None:
    found = people("حمید کاظمی ملقب به «حمید شیرازی»، کارمند سابق شهرداری، بازنشسته شد.")
    assert "حمید کاظمی" in found
    assert not any("ملقب" in name for name in found)
