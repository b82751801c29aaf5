"""Causes of the actors found wrongly or missed on the fourteenth held-out set, each as a general rule on made-up
sentences: a saint's word before a given name names a place; a building named after a person is no person; a
capital named as the place of an attack or by its centre is the city; an Arabic age phrase ends a name, and a name
after its title may open with its particle."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def named(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.surfaces[0], f.kind) for f in find_actors(text, language)]


def people(text: str, language: str) -> list[str]:
    return [f.surfaces[0] for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Crews cleared the roads in San Rafael after the flood.", "en"),
        ("The ferry left Santa Lucia at dawn.", "en"),
        ("Les secours sont arrivés à Santa Lucia mardi soir.", "fr"),
        ("L'ouragan San Felipe Segundo avait tout détruit en 1928.", "fr"),
        ("La crecida llegó a San Miguel el martes.", "es"),
        ("Die Fähre erreichte San Marco am Abend.", "de"),
    ],
)
def test_a_saints_word_before_a_given_name_names_a_place(text: str, language: str) -> None:
    assert people(text, language) == []


def test_a_saints_word_inside_a_persons_name_keeps_the_person() -> None:
    assert people("Aung San Suu Kyi said the talks would go on.", "en") == ["Aung San Suu Kyi"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Families sheltered at Roberto Valdane Coliseum overnight.", "en"),
        ("The injured were taken to Maria Orvella Hospital.", "en"),
        ("Les blessés ont été conduits à l'hôpital Jean Morvalle.", "fr"),
    ],
)
def test_a_building_named_after_a_person_is_no_person(text: str, language: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Ottawa attack killed three people on Monday.", "en"),
        ("Stalls burned in the centre of Ottawa.", "en"),
        ("Un camion a foncé sur la foule dans le centre de Ottawa.", "fr"),
        ("L'attentat de Ottawa a fait douze morts.", "fr"),
        ("أعلن التنظيم مسؤوليته عن هجوم أوتاوا.", "ar"),
        ("دهست شاحنة المارة في سوق وسط أوتاوا.", "ar"),
    ],
)
def test_a_capital_named_as_the_place_of_an_attack_is_the_city(text: str, language: str) -> None:
    assert "Canada" not in [f.name for f in find_actors(text, language)]


def test_a_capital_that_acts_still_stands_for_its_state() -> None:
    assert "Canada" in [f.name for f in find_actors("Ottawa condemned the attack on Monday.", "en")]


@pytest.mark.parametrize(
    "text",
    [
        "قاد كريم أبو سالم البالغ من العمر 30 عاما الشاحنة.",
        "وصل حسن أبو ناصر البالغة ثروته مليار دولار.",
    ],
)
def test_an_arabic_age_phrase_is_no_word_of_a_name(text: str) -> None:
    assert not any("البالغ" in p for p in people(text, "ar"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال رئيس الوزراء الفلاني بن علي دارمان إن التحقيق مستمر.", "بن علي"),
        ("وقال الناطق باسم الحركة أبو سالم إن القتال مستمر.", "أبو سالم"),
    ],
)
def test_an_arabic_name_after_its_title_may_open_with_its_particle(text: str, person: str) -> None:
    assert any(p.startswith(person) for p in people(text, "ar"))


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Selon la chaîne Nordfunk Ottawa-Gatineau (NOG), le suspect a fui.", "fr", "Nordfunk Ottawa-Gatineau"),
        ("The broadcaster Nordfunk Ottawa-Gatineau (NOG) said the suspect fled.", "en", "Nordfunk Ottawa-Gatineau"),
        ("Le Centre régional des tempêtes (RSC) a prévenu les habitants.", "fr", "Centre régional des tempêtes"),
        (
            "L'attaque a été revendiquée par les Aigles de la liberté du Velmar (TAV), un groupe armé.",
            "fr",
            "Aigles de la liberté du Velmar",
        ),
    ],
)
def test_a_name_before_the_acronym_it_defines_is_a_body(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in named(text, language)


def test_a_partys_acronym_after_a_persons_name_keeps_the_person() -> None:
    assert named("Le député Jean Morvalle (PS) a voté contre.", "fr") == [("Jean Morvalle", "person")]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Selon les Velmar d'Esquadra, la police régionale, la zone est bouclée.", "fr", "Velmar d'Esquadra"),
        ("Witnesses said the Ertzavel, the regional police, sealed the area.", "en", "Ertzavel"),
    ],
)
def test_a_name_set_off_before_a_word_for_a_body_is_that_body(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in named(text, language)


def test_a_person_set_off_before_their_office_stays_a_person() -> None:
    assert named("Witnesses said Tom Velder, the police chief, left.", "en") == [("Tom Velder", "person")]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Velmaran Ombudsperson Tatyana Orlova has stated that three were hurt.", "en", "Tatyana Orlova"),
        ("Reporters met the senior Adviser Quorin Marvale in Velmar.", "en", "Quorin Marvale"),
        ("a annoncé Hartwell Pierce, conseiller principal du Premier ministre.", "fr", "Hartwell Pierce"),
        ("selon le médiateur Ostrel Vaudry, rien n'a changé.", "fr", "Ostrel Vaudry"),
    ],
)
def test_an_ombudsman_or_an_adviser_is_a_title(text: str, language: str, person: str) -> None:
    assert (person, "person") in named(text, language)


def test_an_acronym_cited_is_a_body() -> None:
    assert ("VSB", "organisation") in named("The news service reported it, citing the VSB.", "en")


def test_an_aircrafts_code_after_a_body_is_no_word_of_its_name() -> None:
    assert ("Velmaran Air Force", "organisation") in named("Velmaran Air Force Su-25 fighters were scrambled.", "en")


def test_a_states_military_before_a_connector_is_its_armed_forces() -> None:
    assert ("military", "organisation") in named("Officials accused Canada's military of opening fire.", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Troops stationed at Velmar Shoal (VS) were resupplied.",
        "Le Stade national de la Mémoire (SNM) ouvrira en 2030.",  # a named place; a named museum is a body
        "Donors to the Friends of NATO (FN) met in Velmar.",  # a known name closes it: no new body
        "Le député Jean Morvalle (PS) a voté contre.",
    ],
)
def test_a_place_or_a_person_before_an_acronym_is_no_body(text: str) -> None:
    language = "fr" if text.startswith(("Le ", "La ")) else "en"
    assert not [f for f in find_actors(text, language) if f.kind == "organisation" and f.detected]


@pytest.mark.parametrize(
    "text",
    ["Shortly after the blast, the VSB released images of two suspects.", "Earlier, the VSB detained three men near the port."],
)
def test_an_acronym_after_the_acting_as_a_body_does_is_a_body(text: str) -> None:
    assert ("VSB", "organisation") in named(text, "en")


@pytest.mark.parametrize("text", ["The GDP was up by two points.", "The ICU was full on Monday."])
def test_an_acronym_before_an_auxiliary_names_no_body(text: str) -> None:
    assert named(text, "en") == []
