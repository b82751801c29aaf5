"""Bodies and titled people in languages with no data file under detect/ that name them as French and Spanish do
(`data/detection_words.yaml`: Occitan, Friulian, Asturian, Galician, Catalan, Romansh): a capitalised head-word, its
complement joined by the language's articles and prepositions, an elided article before it; a title before one name.
Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Lo Conselh Regional de Lengadòc a votat lo budget.", "oc", "Conselh Regional de Lengadòc"),
        ("La direccion de l’Institut d’Estudis Provençals a respondut.", "oc", "Institut d’Estudis Provençals"),
        ("Il Consei des Comunitâts Montanis al à aprovât la leç.", "fur", "Consei des Comunitâts Montanis"),
        ("La Fondazion Pieri Pauli al à dât i premis.", "fur", "Fondazion Pieri Pauli"),
        ("El Conseyu de la Mocedá presentó un informe.", "ast", "Conseyu de la Mocedá"),
        ("A Deputación de Ourense convocou un premio.", "gl", "Deputación de Ourense"),
        ("La Federació Catalana de Vela ha obert les inscripcions.", "ca", "Federació Catalana de Vela"),
        # a place of the body before "of" and its head-word: the body's name opens at the head-word
        ("Va ser atès a l'Hospital de la Universitat Catòlica de Lovaina ahir.", "ca", "Universitat Catòlica de Lovaina"),
    ],
)
def test_a_capitalised_head_word_opens_a_bodys_name(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Es partit de Tolosa dimars per anar a Marselha.", "oc"),  # "partit", left: a verb, no party
        ("Ha partit de Girona amb el primer tren.", "ca"),
        ("L'institut de Marselha es barrat per las vacanças.", "oc"),  # a school, in lower case: no name
        ("Al è un ben comun di Cividât e di dut il Friûl.", "fur"),  # "comun", common: an adjective
        ("Lo Conselh a votat lo budget.", "oc"),  # the head-word alone names no one
        ("A Casa do Concello estará pechada o luns.", "gl"),  # the town hall: the head-word after "of", a building
    ],
)
def test_a_head_word_in_lower_case_or_alone_names_no_body(text: str, language: str) -> None:
    assert [kind for _, kind in found(text, language) if kind == "organisation"] == []


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Adun cul sindic Zanutel si à decidût di rinviâ la riunion.", "fur", "Zanutel"),
        ("O conselleiro Feixoo visitou a feira.", "gl", "Feixoo"),
    ],
)
def test_a_title_before_one_name_makes_it_a_person(text: str, language: str, person: str) -> None:
    assert (person, "person") in found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il re al è lât vie cun dute la cort.", "fur"),  # a title with no name after it
        ("Lo president parlèt de la Maison de la Lenga.", "oc"),  # a building's name after "of"
        ("O alcalde de Lugo falou onte coa prensa.", "gl"),  # the mayor of a town: a place after "of", no name
    ],
)
def test_a_title_with_no_name_after_it_names_no_person(text: str, language: str) -> None:
    assert [name for name, kind in found(text, language) if kind == "person"] == []


def test_a_language_with_a_data_file_is_unchanged() -> None:
    """Spanish keeps its own file's words: the lists here are for languages with none."""
    assert ("Ministerio de Sanidad", "organisation") in found("El Ministerio de Sanidad informó ayer.", "es")
