"""Actors in Greek: a person's name in the genitive or the accusative, after an article or a title, opens with a given
name the lists know in the nominative ("του Γιώργου": Giorgos), and its forms in every case are one person; texts
written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "el") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Η πρόταση του υφυπουργού Γιώργου Σταματάκη απορρίφθηκε χθες.", "Γιώργου Σταματάκη"),  # "-ου" of "-ος"
        ("Η αντίδραση του Κυριάκου Παπαδημητρίου ήταν άμεση.", "Κυριάκου Παπαδημητρίου"),  # Kyriakos
    ],
)
def test_a_name_in_another_case_opens_with_a_known_given_name(text: str, person: str) -> None:
    assert person in people(text)


def test_the_forms_of_every_case_are_one_person() -> None:
    text = "Ο Γιώργος Καλογεράκης μίλησε στη Βουλή. Η ομιλία του Γιώργου Καλογεράκη κράτησε μία ώρα."
    found = [f for f in find_actors(text, "el") if f.kind == "person"]
    assert len(found) == 1
    assert set(found[0].surfaces) == {"Γιώργος Καλογεράκης", "Γιώργου Καλογεράκη"}


def test_a_word_of_the_same_ending_that_is_no_given_name_opens_no_name() -> None:
    assert people("Η συνεδρίαση του Δημοτικού Συμβουλίου αναβλήθηκε.") == []
