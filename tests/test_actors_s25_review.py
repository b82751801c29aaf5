"""Rules a review of this release's actor and language rules found too wide: names' letters that made an English
or French text Upper Sorbian; a given name that is also a word of the language opening a sentence before a state;
a body named after a Turkish occupation word. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.extract import detect_language
from conftest import people_in


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Serbian President Aleksandar Vučić met Croatian Prime Minister Andrej Plenković on Monday, while President "
            "Zoran Milanović stayed in Zagreb. The talks in Niš covered trade, borders and the rights of minorities.",
            "en",
        ),
        (
            "Polish leader Jarosław Kaczyński spoke in Łódź on Sunday about the election. Donald Tusk answered from "
            "Gdańsk, and Radosław Sikorski travelled to Kraków and Wrocław before the vote.",
            "en",
        ),
        (
            "Turkish President Recep Tayyip Erdoğan met Hakan Fidan and Mevlüt Çavuşoğlu in Ankara on Monday; the "
            "opposition leader Özgür Özel answered him in a long speech about the economy and the coming vote.",
            "en",
        ),
        (
            "Le dirigeant polonais Jarosław Kaczyński a parlé dimanche à Łódź de l'élection. Donald Tusk a répondu "
            "depuis Gdańsk, et Radosław Sikorski s'est rendu à Kraków et à Wrocław avant le scrutin.",
            "fr",
        ),
        (
            "Le président croate Zoran Milanović et le président serbe Aleksandar Vučić se sont parlé à Niš, avec "
            "Andrej Plenković, au sujet des frontières et des minorités.",
            "fr",
        ),
    ],
)
def test_names_letters_make_no_other_language(text: str, language: str) -> None:
    """Only the letters of words that do not begin with a capital tell another alphabet: names bring any."""
    assert detect_language(text) == language


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(a.kind, a.name) for a in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Alla Russia non piace il nuovo accordo sul gas.", "it", "Russia"),
        ("Ante Israel, Egipto pidió calma a las dos partes.", "es", "Israel"),
        ("Ante Israel, o Egito pediu calma às duas partes.", "pt", "Israel"),
        ("Nada Cuba puede hacer contra la sequía.", "es", "Cuba"),
        ("Nada Cuba pode fazer contra a seca.", "pt", "Cuba"),
    ],
)
def test_a_word_of_the_language_opening_a_sentence_is_no_given_name(text: str, language: str, state: str) -> None:
    """A given name that is also a word of the language ("Alla": to the; "Ante": before; "Nada": nothing)."""
    kinds = found(text, language)
    assert ("state", state) in kinds
    assert not any(kind == "person" for kind, _ in kinds)


def test_a_given_name_that_is_no_word_still_opens_a_name() -> None:
    assert ("person", "Lucía Montenegro") in found("Lucía Montenegro firmó ayer el contrato del hospital.", "es")


@pytest.mark.parametrize(
    "text",
    [
        "Takımın yıldız futbolcusu Manchester United ile anlaştı.",
        "Kulübün teknik direktörü Avrupa Ligi için yeni bir kadro kurdu.",
        "Genç futbolcusu Real Madrid ile üç yıllık sözleşme imzaladı.",
    ],
)
def test_a_body_after_a_turkish_occupation_and_before_a_postposition_is_no_person(text: str) -> None:
    assert not people_in(text, "tr")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kulüp, yıldız futbolcusu Mauro Icardi ile yollarını ayırdı.", "Mauro Icardi"),
        ("Kulübün teknik direktörü Okan Buruk için yeni bir sözleşme hazırlandı.", "Okan Buruk"),
    ],
)
def test_a_person_after_a_turkish_occupation_and_before_a_postposition_stays(text: str, person: str) -> None:
    assert person in people_in(text, "tr")
