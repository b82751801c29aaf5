"""A word joined by "and" to a person is read before the person alone, so a long text naming many people takes no
time quadratic in its length; the partner is still found far into a long text. Texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [s for f in find_actors(text, language) if f.kind == "person" for s in f.surfaces]


def test_a_partner_far_into_a_long_text_is_found() -> None:
    filler = "Совещание прошло в Москве без перерыва. " * 400
    text = "Il sindaco Marco Bellandi ha parlato. " + " La giunta ha votato il bilancio." * 300
    assert "Rossetti" in people(text + " Poi Bellandi e Rossetti sono partiti.", "it")
    assert "Кузнецов И.И." in people(filler + "Заседание провёл Кузнецов И.И. в Твери.", "ru")


def test_a_long_list_of_people_is_read() -> None:
    text = "Заседание провёл Иванов И.И. в Москве. " * 600
    assert "Иванов И.И." in people(text, "ru")
