"""Bodies named in ways the capitals alone do not tell. A Latin name glued to its site's domain in a Russian text
("Inbusiness.kz поговорил …") is the outlet, with its domain, where a lower-case Latin word after a name is otherwise
a Latin-script phrase's ("Je suis Charlie"). A body a Russian sentence opens with, its adjectives capitalised as any
first word is, is a name when its acronym follows in parentheses ("Конституционный суд (КС) …"); without it, it stays
no name. A French name set off by a comma before "un quotidien" and its complement is that newspaper; a person's name
before "un journaliste" stays a person's. An Arabic term of office after a title ("رئيس الجمهورية لولاية ثانية",
president for a second term) is no person's name. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(a.surfaces[0], a.kind) for a in find_actors(text, language)}


@pytest.mark.parametrize(
    "text",
    ["Inbusiness.kz поговорил с экспертами о выборах.", "Корреспондент Inbusiness.kz поговорил с экспертами."],
)
def test_a_site_with_its_domain_is_an_outlet(text: str) -> None:
    assert found(text, "ru") == {("Inbusiness.kz", "organisation")}


def test_a_latin_phrase_stays_no_name() -> None:
    assert found("Фраза Je suis Charlie облетела мир.", "ru") == set()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Конституционный суд (КС) принял решение о выборах.", "Конституционный суд"),
        ("Спортивный арбитражный суд (CAS) дисквалифицировал гребцов.", "Спортивный арбитражный суд"),
    ],
)
def test_a_body_opening_a_sentence_before_its_acronym_is_named(text: str, body: str) -> None:
    assert (body, "organisation") in found(text, "ru")


def test_a_body_opening_a_sentence_without_an_acronym_is_not() -> None:
    assert found("Конституционный суд принял решение о выборах.", "ru") == set()


def test_a_name_before_a_newspaper_apposition_is_the_newspaper() -> None:
    text = "Selon le Ouest-Littoral, un quotidien de la région des pêcheurs, la saison a été mauvaise."
    assert found(text, "fr") == {("Ouest-Littoral", "organisation")}


def test_a_name_before_a_profession_stays_a_person() -> None:
    assert found("Il a rencontré Jean Martin, un journaliste de la région.", "fr") == {("Jean Martin", "person")}


@pytest.mark.parametrize(
    "text",
    ["أعلن رئيس الجمهورية لولاية ثانية أنه سيواصل الإصلاحات.", "انتخب رئيس البلاد لفترة ثالثة."],
)
def test_an_arabic_term_of_office_is_no_name(text: str) -> None:
    assert not {kind for _, kind in found(text, "ar")} & {"person"}
