"""Actors with an empty topic registry in the European languages, on made-up texts: a surname in the possessive
opening a paragraph before any other name ("Dar's announcement", "Johnson’s allies") is the person an earlier
paragraph named in full; a full name's first word alone is that person (a surname written first, or the given name),
not beside a monarch's name; a full name after a connector closing a capitalised run is a person's."""

from __future__ import annotations

import pytest
from briefing.actors import actor_mentions, base_registry, find_actors
from briefing.model import Block


def people(paragraphs: list[str], language: str = "en") -> dict[str, set[str]]:
    """Each person detected in the paragraphs, with the words that name them."""
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    mentions, detected = actor_mentions(blocks, base_registry(), language)
    names = {d.id: d.name for d in detected if d.kind == "person"}
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.actor in names:
            found.setdefault(names[m.actor], set()).add(m.text)
    return found


@pytest.mark.parametrize(
    ("paragraphs", "surface"),
    [
        # the possessive opens the paragraph, before a body the paragraph also names
        (["The minister, Ishaq Dar, spoke on Monday.", "Dar's speech came during a session of Pakistan's Senate."], "Dar"),
        (["Nick Clegg resigned on Thursday.", "Clegg’s allies met the Labour Party on Friday."], "Clegg"),
        (
            ["Kemal Kılıçdaroğlu konuştu.", "Kılıçdaroğlu'nun sözleri Türkiye Büyük Millet Meclisi'nde yankı buldu."],
            "Kılıçdaroğlu",
        ),
    ],
)
def test_possessive_surname_opening_a_paragraph_is_the_person_named_in_full(paragraphs: list[str], surface: str) -> None:
    language = "tr" if "ğ" in paragraphs[0] else "en"
    found = people(paragraphs, language)
    assert len(found) == 1
    assert surface in next(iter(found.values()))


def test_given_name_alone_after_the_full_name_is_that_person() -> None:
    found = people(["Asad Qaiser was arrested on Tuesday.", '"We will fight on," said Asad after the hearing.'])
    assert found == {"Asad Qaiser": {"Asad Qaiser", "Asad"}}


def test_given_name_alone_beside_a_monarch_of_that_name_is_another_person() -> None:
    # "Felipe VI" is a king's name and number, no given name and surname: "the prince Felipe" is someone else
    found = people(["King Felipe VI attended the funeral on Monday.", "Her husband, Prince Felipe, died last year."])
    assert found.get("Felipe VI") == {"Felipe VI"}


def test_surname_written_first_alone_after_the_full_name_is_that_person() -> None:
    # a family name first, as Korean and Chinese write it: the first word, no given name of the lists, is the surname
    found = people(["President Taeyang Ho-seok spoke on Tuesday.", '"We will fight on," said Taeyang after the hearing.'])
    assert found == {"Taeyang Ho-seok": {"Taeyang Ho-seok", "Taeyang"}}


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Durante la Administración de Sebastián Ferreyra, la medida comenzó a regir.", "es", "Sebastián Ferreyra"),
        ("Les Bleus de Didier Lacombe ont gagné la finale.", "fr", "Didier Lacombe"),
        ("Il controllo delle Forze di Mohamed Hamdan è cresciuto.", "it", "Mohamed Hamdan"),
    ],
)
def test_full_name_after_a_connector_closing_a_capitalised_run_is_a_person(text: str, language: str, surface: str) -> None:
    assert surface in {s for a in find_actors(text, language) if a.kind == "person" for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("As torres do World Trade Center de Nova York caíram.", "pt"),  # "Nova": a rare given name, a city's word
        ("La Universidad de San Martín abrió sus puertas.", "es"),  # a saint's name
    ],
)
def test_a_place_after_a_connector_is_no_person(text: str, language: str) -> None:
    assert not [a for a in find_actors(text, language) if a.kind == "person"]


def test_a_name_opening_with_a_given_name_keeps_its_connector() -> None:
    # "Maria de Fátima …" is one person's name, and no "Fátima Mendonça" inside it
    people = {s for a in find_actors("Atualmente, Maria de Fátima Mendonça foi presa.", "pt") for s in a.surfaces}
    assert "Fátima Mendonça" not in people
