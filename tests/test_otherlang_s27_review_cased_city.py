"""Review of fixol24: a city's Latin name with a case ending ("Kiyevdə": in Kyiv) is no surname of the Russian
form, though "Kiy" is a stem long enough; a surname still is."""

from briefing.actors import find_actors


def _people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


def test_a_city_with_a_case_ending_is_no_surname() -> None:
    assert _people("Ukrayna Prezidenti Kiyevdə çıxış edib.", "az") == []
    assert _people("Dünən Türkiyə Kiyevə humanitar yardım göndərdi.", "az") == []


def test_a_surname_still_is() -> None:
    assert _people("Toplantıda Elnur Məmmədov çıxış edib.", "az") == ["Elnur Məmmədov"]
