"""Causes of the actors missed on the thirteenth held-out set, each as a general rule on made-up sentences: a
person's age before the name; the titles of police and company officers; a county's name is no person's; English
head-words written lower-case are common nouns; a name after a preposition of place is no titled person."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def named(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.surfaces[0], f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Police arrested 19-year-old Orwen Mastrick near the harbour.", "en", "Orwen Mastrick"),
        ("The 64-year-old Delvin Harrowcroft fired from the window.", "en", "Delvin Harrowcroft"),
        ("Die Polizei nahm den 23-jährigen Kolbert Firnau fest.", "de", "Kolbert Firnau"),
        ("Der 19-jährige Torvin Aldecker wurde verletzt.", "de", "Torvin Aldecker"),
        ("23-летний Орвен Мастрик открыл огонь.", "ru", "Орвен Мастрик"),
        ("Поліція затримала 31-річного Торвіна Алдекера.", "uk", "Торвіна Алдекера"),
        ("Polis, 19 yaşındaki Torvin Aldecker'i yakaladı.", "tr", "Torvin Aldecker"),
    ],
)
def test_a_persons_age_before_a_full_name_names_a_person(text: str, language: str, person: str) -> None:
    assert (person, "person") in named(text, language)


def test_an_age_is_no_title_of_a_name_further_on() -> None:
    """The age describes the coach; the cave's name after "in" is no person."""
    text = "Their 25-year-old football coach was stranded in Velmo Darak cave."
    assert named(text, "en") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Harlow County Sheriff Ardent Kolvik said deputies sealed the road.", "Ardent Kolvik"),
        ("Harlow County Assistant Sheriff Marla Quenby said the count had risen.", "Marla Quenby"),
        ("The firm apologised, and its CEO Tobin Raskell testified.", "Tobin Raskell"),
        ("The company's founder Kirsan Velderop denied it.", "Kirsan Velderop"),
    ],
)
def test_police_and_company_officers_are_titles(text: str, person: str) -> None:
    assert named(text, "en") == [(person, "person")]


def test_a_common_noun_written_lower_case_is_no_body_in_english() -> None:
    """'Front' is a head-word ("Popular Front"), but "in front of" is no body."""
    assert named("The chairman testified in front of the Tribunal of Velmora.", "en") == [("Tribunal of Velmora", "organisation")]


def test_a_name_after_a_preposition_of_place_is_not_titled_from_further_back() -> None:
    assert named("Aaron Quillby, the special agent in charge in Port Velmo, said it.", "en") == [("Aaron Quillby", "person")]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("The VBQ said it had found no link to the attack.", "en", "VBQ"),
        ("Delvin Marsh, the V.B.Q. special agent in charge, spoke first.", "en", "VBQ"),
        ("La DGVQ afirmó que la investigación seguía abierta.", "es", "DGVQ"),
        ("Die KVQ teilte mit, die Ermittlungen dauerten an.", "de", "KVQ"),
    ],
)
def test_an_acronym_that_speaks_or_holds_an_office_is_a_body(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "GDP was down by three percent in May.",  # an acronym before another verb may be anything
        "At 2:45 p.m. JST, Prime Minister Aro Tanvik said it.",  # a comma ends the acronym's phrase
        "The Velmo Relief Authority (VRA) said it had sent tents.",  # the body's own acronym, not a second body
    ],
)
def test_an_acronym_that_neither_speaks_nor_holds_an_office_is_no_second_body(text: str) -> None:
    found = [f.name for f in find_actors(text, "en") if f.kind == "organisation"]
    assert found in ([], ["Velmo Relief Authority"])


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وأكد المتحدث الرسمي باسم وزارة الصحة الكندية، ماريو لافوند، أن العدد ارتفع.", "ماريو لافوند"),
        ("أعلن المدير السابق لشركة فالكو، تيودور برانك، أنه غادر البلاد.", "تيودور برانك"),
    ],
)
def test_an_arabic_name_set_off_by_commas_after_a_title_with_a_longer_complement(text: str, person: str) -> None:
    assert (person, "person") in named(text, "ar")


def test_an_arabic_company_after_a_title_is_its_complement_not_a_name() -> None:
    found = named("قال المدير السابق لشركة فالكو إن الأمر انتهى.", "ar")
    assert not any(kind == "person" and "شركة" in surface for surface, kind in found)


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        (
            "Police named the suspects as the brothers Orwen and Dalvik Mastrick.",
            "en",
            {"Orwen Mastrick", "Dalvik Mastrick"},
        ),
        ("The court heard Michael and Torvin Aldecker on Monday.", "en", {"Michael Aldecker", "Torvin Aldecker"}),
        ("El tribunal escuchó a Carlos y Torvin Aldecker el lunes.", "es", {"Carlos Aldecker", "Torvin Aldecker"}),
    ],
)
def test_two_given_names_before_one_surname_are_two_people_of_that_family(text: str, language: str, people: set[str]) -> None:
    assert people <= {f.name for f in find_actors(text, language) if f.kind == "person"}


def test_two_states_joined_by_and_are_no_family() -> None:
    assert {f.kind for f in find_actors("Trade between France and Great Britain grew.", "en")} == {"state"}


def test_two_names_joined_by_and_that_go_on_as_a_place_are_no_family() -> None:
    text = "Los incendios siguen en los estados de Victoria y Nueva Velmora del Sur, pese a las lluvias."
    assert not [f.name for f in find_actors(text, "es") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The data was leaked by a former Velmora Analytics employee.", "Velmora Analytics"),
        ("For weeks, Skyvale engineers tried to stop the leak.", "Skyvale"),
    ],
)
def test_a_name_before_a_word_for_a_companys_people_is_the_company(text: str, body: str) -> None:
    assert (body, "organisation") in named(text, "en")


def test_a_persian_body_after_a_title_is_still_read() -> None:
    """The Arabic reading of a body after a title as its complement leaves Persian's reading alone: the words
    after the title are still read (as what the title names)."""
    text = "ماریو لافوند سخنگوی وزارت امور خارجه در این باره سخن گفت."
    assert any("وزارت امور خارجه" in surface for surface, _ in named(text, "fa"))
