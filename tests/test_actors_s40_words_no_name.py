"""Words of a language's grammar or vocabulary that no actor's name holds, in each language's data. Turkish: the
possessed noun after a storm's, a competition's or a river's name (`named_places`: "Daniel Fırtınası", "Sandy
Kasırgası", "Dünya Kupası", "Nil Nehri") ends no person's name, and the states near it stay. Persian: a minister
named by the field of the ministry after "وزیر" ("وزیر کشور", "وزیر دفاع") is a title, and the nouns of common
compound verbs ("اعلام کرد", "آغاز شد", "قرار دارد") are no words of a name. German: a determiner or possessive
opening a sentence ("Alle Beschuldigten", "Seine Partei") and "Laut" there open no body. Portuguese: "Além de"
opening a sentence. Arabic: "الوفد" (the delegation) after a name is its verb's object, no family name. Italian,
Spanish and Portuguese: an accord, a summit or a bishop's see named after a capital ("l'accordo di Parigi",
"el acuerdo de París", "il Vescovo di Roma") is the city's, no state acts there (as in en.yaml and fr.yaml).
Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import people_in


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(f.kind, f.name) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Geçen eylülde Libya'yı vuran Daniel Fırtınası, Bingazi'yi de etkiledi.", "Libya"),
        ("Sandy Kasırgası ABD'nin doğu kıyısını vurdu.", "United States"),
        ("Haiyan Tayfunu Filipinler'i vurdu.", "Philippines"),
        ("Dünya Kupası Katar'da düzenlendi.", "Qatar"),
        ("Mısır, Nil Nehri üzerindeki barajdan endişeli.", "Egypt"),
    ],
)
def test_turkish_storms_cups_and_rivers(text: str, state: str) -> None:
    assert not people_in(text, "tr")
    assert ("state", state) in found(text, "tr")


def test_turkish_given_name_and_surname_still_a_person() -> None:
    assert "Daniel Ortega" in people_in("Daniel Ortega, Managua'da konuştu.", "tr")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("رای‌گیری امروز با دستور وزیر کشور آغاز شد.", None),
        ("این شورا زیر فرماندهی وزیر دفاع قرار دارد.", None),
        ("وزیر دفاع عزیز نصیرزاده اعلام کرد که مانور آغاز شده است.", "عزیز نصیرزاده"),
        ("وزیر خارجه عباس عراقچی به مسکو رفت.", "عباس عراقچی"),
        ("سه روز عزای عمومی توسط رهبر معظم انقلاب اعلام شد.", None),
    ],
)
def test_persian_ministers_offices_and_compound_verbs(text: str, person: str | None) -> None:
    assert people_in(text, "fa") == ({person} if person else set())


@pytest.mark.parametrize(
    "text",
    [
        "Alle Kampfhandlungen sollten um Mitternacht enden.",
        "Alle Beschuldigten hätten die Vorwürfe bestritten.",
        "Seine Partei werde die Wahl boykottieren.",
        "Laut Auslandsmedien teilte dies der Sprecher mit.",
    ],
)
def test_german_sentence_openers(text: str) -> None:
    assert not find_actors(text, "de")


def test_german_name_after_an_opener() -> None:
    assert "Mahinda Abeywardena" in people_in("Laut Agenturen sprach Parlamentspräsident Mahinda Abeywardena.", "de")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Além de Amiri, o acidente vitimou outras oito pessoas.", set()),
        ("Além de Evo Morales, deixaram os cargos outros ministros.", {"Evo Morales"}),
    ],
)
def test_portuguese_besides(text: str, people: set[str]) -> None:
    assert people_in(text, "pt") == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("استقبل الشيخ محمد بن زايد الوفد المرافق للرئيس الفرنسي.", "محمد بن زايد"),
        ("وصل الشيخ محمد بن زايد آل نهيان إلى باريس.", "محمد بن زايد آل نهيان"),  # a family name goes on
    ],
)
def test_arabic_delegation_is_the_object(text: str, person: str) -> None:
    assert people_in(text, "ar") == {person}


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("it", "Gli Stati Uniti sono usciti dall'accordo di Parigi del 2015.", "France"),
        ("it", "Il Vescovo di Roma ha celebrato la messa.", "Italy"),
        ("es", "Estados Unidos abandonó el acuerdo de París.", "France"),
        ("es", "Los líderes llegaron a la cumbre de Madrid.", "Spain"),
        ("pt", "Os Estados Unidos deixaram o acordo de Paris.", "France"),
    ],
)
def test_accords_and_sees_named_after_capitals(language: str, text: str, state: str) -> None:
    assert ("state", state) not in found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("it", "Il governo di Roma ha firmato l'accordo con Parigi.", "France"),  # Paris a party, no accord's name
        ("es", "El acuerdo de Francia con Alemania entró en vigor.", "France"),  # a state, no capital
    ],
)
def test_states_beside_accords(language: str, text: str, state: str) -> None:
    assert ("state", state) in found(text, language)
