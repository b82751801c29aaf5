"""Built-in knowledge: well-known bodies in every language they are written in, and states' other spellings."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.surfaces for a in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Die OVKS schickte Truppen nach Almaty.", "de", "OVKS"),
        ("La OTSC envió tropas al país.", "es", "OTSC"),
        ("Країни ОДКБ провели навчання.", "uk", "ОДКБ"),
        (
            "La Organización del Tratado de Seguridad Colectiva se reunió en Moscú.",
            "es",
            "Organización del Tratado de Seguridad Colectiva",
        ),
        ("集体安全条约组织发表声明。", "zh", "集体安全条约组织"),
    ],
)
def test_the_csto_in_more_languages(text: str, language: str, surface: str) -> None:
    assert surface in found(text, language)["Collective Security Treaty Organization"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Elle a été interpellée par la police des mœurs à la sortie du métro.", "fr"),
        ("Fue detenida por la policía de la moral en la capital.", "es"),
        ("Era stata fermata dalla polizia morale.", "it"),
        ("Её задержала полиция нравов.", "ru"),
        ("The woman was detained by the Guidance Patrol on Tuesday.", "en"),
        ("زن جوان توسط گشت ارشاد بازداشت شد.", "fa"),
    ],
)
def test_irans_morality_police_by_what_the_news_calls_it(text: str, language: str) -> None:
    assert "Guidance Patrol" in found(text, language)


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Кыргызстан направит военных.", "ru", "Kyrgyzstan"),
        ("Президент Кыргызстана подписал указ.", "ru", "Kyrgyzstan"),
        ("Kirgistan schickte Soldaten.", "de", "Kyrgyzstan"),
        ("Las protestas en Kazajstán siguieron.", "es", "Kazakhstan"),
    ],
)
def test_states_by_their_own_and_other_usual_spellings(text: str, language: str, state: str) -> None:
    assert state in found(text, language)


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("WASHINGTON, March 3 (UPI) -- The Senate passed the bill.", "en", "United Press International"),
        ("HAVANA, May 2 (Prensa Latina) The harvest began on Monday.", "en", "Prensa Latina"),
    ],
)
def test_more_news_agencies_credited_in_the_text(text: str, language: str, outlet: str) -> None:
    assert outlet in found(text, language)


@pytest.mark.parametrize(
    "text", ["Das Weiße Haus teilte am Montag mit, die Gespräche gingen weiter.", "Ein Sprecher des Weißen Hauses sagte das."]
)
def test_a_seat_of_government_after_an_article_with_its_adjective_declined(text: str) -> None:
    assert "United States" in found(text, "de")


def test_afp_by_its_arabic_name_in_full() -> None:
    assert "وكالة الصحافة الفرنسية" in found("ذكرت وكالة الصحافة الفرنسية أن الاجتماع انتهى.", "ar")["Agence France-Presse"]
