"""Russian: a given name of two given names joined by a hyphen ("Касым-Жомарт") opens a person's name as each
part does; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str = "ru") -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


def test_a_hyphenated_given_name_with_no_title() -> None:
    assert "Kasym-Zhomart Tokaev" in people("Во втором туре никто не понадобился: победил Касым-Жомарт Токаев.")


def test_a_hyphenated_given_name_in_another_case() -> None:
    """Each part declined ("Касыма-Жомарта") is still a given name."""
    assert any("Tokaev" in name for name in people("Журналисты долго ждали Касыма-Жомарта Токаева у входа."))


def test_a_place_with_a_hyphen_is_no_given_name() -> None:
    """Only when every part is a given name: "Нью-Йорк" is none."""
    assert people("Делегация прилетела в Нью-Йорк Сити утром.") == []
