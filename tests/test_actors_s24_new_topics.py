"""Actors of fresh news in the main languages: French acronyms written with one capital ("l'Otan", "l'Opep"), a
state's name that is a person's surname after a common given name, Russian's emphatic "Сам" before a name, foreign
given names in Arabic news; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Les ministres de l'Opep se retrouveront à Vienne en juin pour fixer les quotas.", "OPEC"),
        ("Le sommet de l'Otan s'ouvrira mardi en présence de trente-deux dirigeants.", "NATO"),
        (
            "Selon l'Osce, les observateurs n'ont pas pu accéder aux bureaux de vote.",
            "Organization for Security and Co-operation in Europe",
        ),
    ],
)
def test_a_french_acronym_written_with_one_capital(text: str, body: str) -> None:
    assert body in names(text, "fr", "organisation")


def test_a_short_french_acronym_written_so_is_still_a_word() -> None:
    """Three letters title-cased are no acronym in French ("Eau" is water, not the Emirates' EAU)."""
    assert names("Eau potable : la commune rappelle les consignes de la préfecture.", "fr", "state") == []


@pytest.mark.parametrize(
    ("text", "language", "person", "state"),
    [
        ("Le lanceur sera présenté jeudi par Stéphane Israël devant la presse.", "fr", "Stéphane Israël", "Israel"),
        ("The museum hosted Michael Jordan and his former teammates on Saturday.", "en", "Michael Jordan", "Jordan"),
    ],
)
def test_a_state_name_after_a_given_name_is_a_surname(text: str, language: str, person: str, state: str) -> None:
    assert person in names(text, language, "person")
    assert state not in names(text, language, "state")


def test_a_state_after_a_sentence_opening_word_stays_a_state() -> None:
    assert "Israel" in names("Deux délégations sont arrivées hier. Israël a confirmé la rencontre.", "fr", "state")


def test_the_russian_emphatic_pronoun_opens_no_name() -> None:
    found = names("Сам Лукашенко ранее называл эти обвинения смешными.", "ru", "person")
    assert not any(name.startswith("Сам ") for name in found)


def test_a_latin_american_given_name_in_arabic_opens_a_name() -> None:
    assert any("كالديرون" in name for name in names("وخسر الانتخابات أمام فيليبي كالديرون بفارق ضئيل.", "ar", "person"))


def test_a_state_after_a_given_name_in_a_title_cased_headline_stays_the_state() -> None:
    """A headline in title case capitalises every word: "Said" (a given name too) before "Russia" is the verb."""
    assert "Russia" in names("Biden Said Russia Must Withdraw Its Troops From the Border", "en", "state")
