"""Base knowledge the fifteenth held-out set showed missing or wrong (issue 15), on made-up sentences with an empty
topic registry: ETA and the Catholic Church are built-in organisations, the Holy See and the Vatican name Vatican
City in French, Arabic and Russian, al-Qaeda's French spellings are al-Qaeda's, and Abkhazia and South Ossetia
are states only by their names as states (the regions alone are places; in English the canonical name, which is
the region's, still names the state); a state's name before a capitalised
"Time" or "City" is a place's or a clock's."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police blamed Euskadi Ta Askatasuna for the car bomb.", "en"),  # "ETA" alone: an arrival time in English
        ("La police attribue l'attentat à l'organisation basque ETA.", "fr"),
        ("نسبت الشرطة التفجير إلى منظمة إيتا الانفصالية.", "ar"),
    ],
)
def test_eta_is_a_built_in_organisation(text: str, language: str) -> None:
    assert "ETA (separatist group)" in names(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Catholic Church opened an inquiry into the diocese.", "en"),
        ("L'Église catholique a ouvert une enquête sur le diocèse.", "fr"),
        ("فتحت الكنيسة الكاثوليكية تحقيقا في الأبرشية.", "ar"),
        ("Католическая церковь начала проверку в епархии.", "ru"),
    ],
)
def test_the_catholic_church_is_a_built_in_organisation(text: str, language: str) -> None:
    assert names(text, language) == ["Catholic Church"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the Holy See, the pope's government, is a body of its own beside the city-state it rules (the sets annotate it so)
        ("Le Saint-Siège a publié un communiqué sur le synode.", "fr", "Holy See"),
        ("Le synode s'est ouvert au Vatican sous la pluie.", "fr", "Vatican City"),
        ("أصدر الكرسي الرسولي بيانا حول المجمع.", "ar", "Holy See"),
        ("Святой Престол опубликовал заявление о синоде.", "ru", "Holy See"),
    ],
)
def test_the_holy_see_is_a_body_and_the_vatican_the_city_state(text: str, language: str, expected: str) -> None:
    assert names(text, language) == [expected]


def test_al_qaeda_spelt_as_french_papers_spell_it() -> None:
    assert names("Les enquêteurs ont suivi la piste d'Al-Quaida puis celle d'Al-Qaeda.", "fr") == ["al-Qaeda"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Бои начались в Южной Осетии и перекинулись на Абхазию.", "ru"),
        ("Les combats ont éclaté en Ossétie du Sud.", "fr"),
    ],
)
def test_a_breakaway_region_named_as_a_region_is_a_place(text: str, language: str) -> None:
    assert names(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("The Republic of South Ossetia declared a mobilisation.", "en", "South Ossetia"),
        ("Республика Абхазия объявила мобилизацию.", "ru", "Abkhazia"),
    ],
)
def test_a_breakaway_region_named_as_a_republic_is_a_state(text: str, language: str, state: str) -> None:
    assert names(text, language) == [state]


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony begins at 17:00 Vatican Time on Sunday.",
        "The convoy reached Kuwait City before dawn.",
    ],
)
def test_a_states_name_before_capitalised_time_or_city_is_no_actor(text: str) -> None:
    assert names(text, "en") == []


def test_a_states_name_before_lower_case_time_still_acts() -> None:
    assert names("The Vatican said it was time to talk.", "en") == ["Vatican City"]
