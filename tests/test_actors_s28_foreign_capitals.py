"""Actors on a language's first day where its own script has no capitals (Khmer, Thai, Amharic): a run of
capitalised words in another script's letters is a name the text left untransliterated; texts written for these
tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> dict[str, str]:
    return {f.name: f.kind for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("นาย Kestrel Vance กล่าวว่าบริษัทจะเปิดสาขาใหม่", "th", "Kestrel Vance"),  # after an honorific (Mr)
        ("นาย Nora Vance กล่าวว่าบริษัทจะเปิดสาขาใหม่", "th", "Nora Vance"),  # a given name first
        ("ជាងគំនូរ Daniel Webber បានថ្លែងថា ការតាំងពិព័រណ៍នឹងបើក", "km", "Daniel Webber"),
        ("ጋዜጠኛዋ Marta Olsen ትናንት ተናግራለች።", "am", "Marta Olsen"),
    ],
)
def test_a_given_name_and_a_capitalised_word_are_a_person(text: str, language: str, person: str) -> None:
    assert found(text, language).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("កាសែត The Morning Ledger បានរាយការណ៍ថា", "km", "The Morning Ledger"),  # an article opens a title's name
        ("บริษัท Harbor Lights Media ประกาศว่า", "th", "Harbor Lights Media"),  # three words, no given name first
    ],
)
def test_a_longer_run_or_a_title_is_a_body(text: str, language: str, body: str) -> None:
    assert found(text, language).get(body) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "คณะผู้แทนเดินทางไป Kuala Lumpur เมื่อวาน",  # a city the time-zone database names
        "การประชุมจัดขึ้นวันที่ 3 March ที่ผ่านมา",  # one capitalised word alone: a month, a heading's word
        "องค์การ WHO ออกคำเตือน",  # a word in capitals stands for anything
    ],
)
def test_no_person_of_a_city_a_lone_word_or_capitals(text: str) -> None:
    assert "person" not in found(text, "th").values()


def test_a_cased_script_keeps_its_own_rules() -> None:
    """Haitian writes its own words with capitals: two capitalised words in a sentence are read by its rules, with no
    given name no person."""
    assert "Kestrel Vance" not in found("Nan reyinyon an, Kestrel Vance te pale ak laprès.", "ht")
