"""States on a language's first day when the language model was not trained on it: a Latin-script text whose
letters the model's choice does not write is read in the language of CLDR whose alphabet writes them, so that
CLDR's names of states in that language, with their case endings, are found. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.extract import detect_language

TURKMEN = (
    "Türkmenistanyň Daşary işler ministri düýn Gazagystana iş sapary bilen bardy. Ol täze ýylda Ýaponiýanyň we "
    "Germaniýanyň ilçileri bilen hem duşuşyk geçirer. Iki ýurduň arasyndaky gatnaşyklaryň ähmiýeti barada aýdyldy. "
    "Türkmen wekiliýeti Özbegistanda hem bolar we ol ýerde ýaşlaryň žurnalistleri bilen söhbetdeşlik geçirer."
)


def states(text: str) -> list[str]:
    return [f.name for f in find_actors(text, detect_language(text)) if f.kind == "state"]


def test_turkmen_letters_make_a_turkmen_text() -> None:
    """The letters "ý", "ň", "ä", "ž", which Turkish (the model's choice) does not write and Turkmen does."""
    assert detect_language(TURKMEN) == "tk"


def test_turkmen_states_under_their_case_endings() -> None:
    """CLDR's Turkmen names with the genitive, dative and locative glued ("Ýaponiýa|nyň", "Gazagystan|a",
    "Özbegistan|da")."""
    assert states(TURKMEN) == ["Turkmenistan", "Kazakhstan", "Japan", "Germany", "Uzbekistan"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a few accented letters of names are no other language
        ("El presidente Pedro Sánchez habló ayer con José María Álvarez sobre la economía del país y sus regiones.", "es"),
        ("Le président Félix Tshisekedi a rencontré hier à Kinshasa les délégués de la région des Grands Lacs.", "fr"),
        ("Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan dün Ankara'da Azerbaycan Cumhurbaşkanı ile görüştü.", "tr"),
    ],
)
def test_a_language_the_model_knows_stays(text: str, language: str) -> None:
    assert detect_language(text) == language
