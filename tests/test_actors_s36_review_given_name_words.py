"""A listed given name opens no person after a word that makes it a place's, a saint's, a church's or a Qur'an
chapter's name (`not_before_given`: Arabic "خان يونس", the city; "سورة يونس"; "مار بولس"; Persian "سن لوئیس …", a
city), and Persian words that are also common words (a beard, two cloths) are no given names. Sentences written for
the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "وصلت قوافل المساعدات إلى خان يونس مساء أمس."),
        ("ar", "تلا الطفل سورة يونس في المسابقة."),
        ("ar", "زار الوفد دير مار بولس القديم في حلب."),
        ("fa", "پیرمرد ریشی سفید و بلند داشت."),
        ("fa", "او کتی از سرژ سرمه‌ای خرید."),
        ("fa", "لباسی از ژرژت سبز دوخته بود."),
        ("fa", "سیل در سن لوئیس اوبیسپو خسارت زد."),
    ],
)
def test_no_person_from_a_place_saint_chapter_or_common_word(language: str, text: str) -> None:
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [("ar", "التقى يونس سالم بالوفد التجاري.", "يونس سالم"), ("fa", "لوئیس مارتینز به تهران سفر کرد.", "لوئیس مارتینز")],
)
def test_the_same_given_names_still_open_a_persons_name(language: str, text: str, name: str) -> None:
    assert people(text, language) == [name]
