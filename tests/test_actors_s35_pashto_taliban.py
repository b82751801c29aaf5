"""The Taliban in Pashto: the plural "طالبان" and its oblique "طالبانو", the form a past verb's subject and a
postposition's noun take ("طالبانو اعلان کړی", the Taliban announced; "د طالبانو محکمه"), from the base knowledge.
Other words of the same stem, a student in the singular, a female student or "طالب العلم", are no actor. Texts
written for the test (a market, a school)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "ps")}


@pytest.mark.parametrize(
    "text",
    [
        "طالبانو اعلان کړی چې بازار به سبا پرانیستل شي.",
        "د طالبانو چارواکو د بازار دوکانونه وتړل.",
        "طالبان وایي چې بازار به پرانیستل شي.",
    ],
)
def test_the_taliban_in_its_forms(text: str) -> None:
    assert "Taliban" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "یو طالب العلم د ښوونځي کتابتون ته لاړ.",
        "ښوونکي طالبې ته کتاب ورکړ.",
        "هغه یو طالب دی او په مدرسه کې زده کړه کوي.",
    ],
)
def test_other_words_of_the_stem_are_no_actor(text: str) -> None:
    assert "Taliban" not in names(text)
