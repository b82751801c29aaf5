"""Where a known name stands inside a longer one. In Russian and Ukrainian a word of a state's official name
(`state_forms`: "Республики") right before the state's name belongs to the state's name, never to the body before
it: "Армия Республики Ирак" is Iraq's army, and Iraq is named ("Армия Республики" is no body). A body's one-word
name right after a capitalised compass point names a region ("Doğu Anadolu", eastern Anatolia: no Anadolu Agency),
as a state's name does there ("Güney Amerika"). A capitalised run opening with a saint's word (`saints`, now also
in Turkish) names a place or a saint, whatever word follows ("San Petersburgo", "San Francisco"), no person; inside
a name the word stays a name's ("Aung San Suu Kyi"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(f.kind, f.name) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "body", "state"),
    [
        ("ru", "Армия Республики Ирак начала наступление на город.", "Iraq Army", "Iraq"),
        ("ru", "В понедельник армия Республики Ирак вошла в пригород.", "Iraq Army", "Iraq"),
        ("ru", "Вооружённые силы Республики Армения отошли к границе.", "Armenia Armed Forces", "Armenia"),
        ("uk", "Армія Республіки Ірак почала наступ на місто.", "Iraq Army", "Iraq"),
        ("uk", "Парламент Республіки Вірменія ухвалив новий закон.", "Armenia Parliament", "Armenia"),
    ],
)
def test_a_state_form_belongs_to_the_state(language: str, text: str, body: str, state: str) -> None:
    actors = found(text, language)
    assert ("organisation", body) in actors
    assert ("state", state) in actors
    assert not any(name.startswith(("Armiya Respubliki", "Armiia Respubliki")) for _, name in actors)


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("ru", "Парламент Республики Армения одобрил закон о выборах.", "Armenia"),
        ("ru", "Посол Республики Армения вручил верительные грамоты.", "Armenia"),
    ],
)
def test_the_state_is_named(language: str, text: str, state: str) -> None:
    assert ("state", state) in found(text, language)
    assert not any("Respubliki" in name for _, name in found(text, language))


@pytest.mark.parametrize(
    "text",
    [
        "Hastalık İç Anadolu'nun kuzeyi ve Doğu Anadolu'nun kuzeyinde yoğun olarak görülüyor.",
        "Kar yağışı Güneydoğu'da değil, Doğu Anadolu'da etkili oldu.",
    ],
)
def test_a_region_is_no_agency(text: str) -> None:
    assert ("organisation", "Anadolu Agency") not in found(text, "tr")


@pytest.mark.parametrize(
    "text",
    [
        "Bakan, Anadolu Ajansı'na açıklama yaptı.",
        "Bakan, deprem bölgesinde Anadolu'ya konuştu.",  # the agency's short name, no compass point before it
    ],
)
def test_the_agency_elsewhere(text: str) -> None:
    assert ("organisation", "Anadolu Agency") in found(text, "tr")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El tren se dirigía de Moscú a San Petersburgo cuando se detuvo."),
        ("es", "Las ciudades de Moscú y San Petersburgo tienen el mismo estatus."),
        ("tr", "Musk, dün San Francisco kentindeki merkeze geldi."),
        ("tr", "San Jose'deki maden kazası ağustosta meydana geldi."),
    ],
)
def test_a_saints_word_opens_a_place(language: str, text: str) -> None:
    assert not any(kind == "person" for kind, _ in found(text, language))


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("es", "Aung San Suu Kyi fue detenida por el ejército.", "Aung San Suu Kyi"),
        ("tr", "Aung San Suu Kyi gözaltına alındı.", "Aung San Suu Kyi"),
        ("es", "El ministro Pedro Santana habló en la radio.", "Pedro Santana"),  # "Santana" is no saint's word
    ],
)
def test_a_saints_word_inside_a_name(language: str, text: str, person: str) -> None:
    assert ("person", person) in found(text, language)
