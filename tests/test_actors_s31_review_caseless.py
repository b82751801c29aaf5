"""Faults a review proved in the caseless names of India's and Sri Lanka's scripts and in states' short forms: a
title before the noun it governs (the minister's post, the chief minister's house, the council of ministers) opens
no name; a unit's dotted letters ("கி.மீ.", km) are no initials; cutting a Tamil case ending keeps the name's final
mark; a job's word before Sinhala's "මහතා" is no name; a state's name with a language's ending ("-ኛ") after a
proclitic is the language, no state. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language) if f.kind != "state"]


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("அவர் இன்று அமைச்சர் பதவிக்கு போட்டியிட்டார்.", "ta"),  # ran for the minister's post
        ("நேற்று முதல்வர் வீட்டில் கூட்டம் நடந்தது.", "ta"),  # a meeting at the chief minister's house
        ("அங்கு மருத்துவர் சிகிச்சை அளித்தார்.", "ta"),  # the doctor gave treatment there
        ("பேருந்து 60 கி.மீ.வேகத்தில் வந்தது.", "ta"),  # the bus came at 60 km an hour
        ("ஏரி 5 ச.கி.மீ. அளவில் உள்ளது.", "ta"),  # the lake is of 5 sq km
        ("బస్సు 60 కి.మీ.వేగంతో వచ్చింది.", "te"),  # the bus came at 60 km an hour
        ("આજે મંત્રી મંડળની બેઠક છે.", "gu"),  # the council of ministers meets today
        ("મુખ્યમંત્રી નિવાસસ્થાને ચર્ચા થઈ.", "gu"),  # a talk at the chief minister's residence
        ("നാളെ മന്ത്രി സഭാ യോഗം ചേരും.", "ml"),  # the cabinet meets tomorrow
        ("ನಾಳೆ ಸಚಿವ ಸಂಪುಟ ಸಭೆ ಇದೆ.", "kn"),  # the cabinet meets tomorrow
        ("రేపు మంత్రి వర్గ సమావేశం ఉంది.", "te"),  # the cabinet meets tomorrow
        ("පාසලේ ගුරු මහතා අද පැවසීය.", "si"),  # the school's teacher said today
    ],
)
def test_no_person(text: str, language: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("அமைச்சர் செந்திலுக்கு விருது வழங்கப்பட்டது.", "ta", ("செந்தில்", "person")),  # to minister Senthil
        ("இந்த விருது கே.எம்.அருணுக்கு வழங்கப்பட்டது.", "ta", ("கே.எம்.அருண்", "person")),  # to K.M. Arun
        ("அமைச்சர் பொன்னரசு நேற்று பேசினார்.", "ta", ("பொன்னரசு", "person")),  # minister Ponnarasu spoke
    ],
)
def test_the_person_keeps_the_name(text: str, language: str, actor: tuple[str, str]) -> None:
    assert people(text, language) == [actor]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ජපාන ආහාර ඉතා රසවත්ය.", "si"),  # Japanese food
        ("ትምህርቱ በእንግሊዝኛ ይሰጣል።", "am"),  # the lesson is given in English
        ("መጽሐፉ በፈረንሳይኛ ተጽፏል።", "am"),  # the book is written in French
    ],
)
def test_no_state(text: str, language: str) -> None:
    assert states(text, language) == []


def test_a_state_after_a_proclitic_is_still_read() -> None:
    assert states("ቡድኑ ከፈረንሳይ ጋር ይጫወታል።", "am") == ["France"]  # with France
