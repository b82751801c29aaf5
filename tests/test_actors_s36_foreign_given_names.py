"""Arabic and Persian news name foreigners with no title before them ("قال مارك هولدن", "فرانسوا لوبرن گفت"): a name
opening with a given name the language's data lists (`given_names`) needs none. The lists hold common given names of
Europe, the Americas, Africa and Asia as each script writes them (and a few more of Iran's and the Arab world's: "مهسا",
"عدنان"), and never one that is also a word of the language
(Arabic "جو", air, and "سام", poisonous; Persian "پل", bridge, "جان", soul, and "مارک", brand). Sentences written for
the test, empty topic registry."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ar", "وقال مارك هولدن إن المفاوضات ستستمر حتى الأسبوع المقبل.", "مارك هولدن"),
        ("ar", "وصل هيلموت برانت إلى العاصمة مساء الثلاثاء.", "هيلموت برانت"),
        ("ar", "أكد المدرب أن غريغوري فالون لن يشارك في المباراة.", "غريغوري فالون"),
        ("fa", "فرانسوا لوبرن روز دوشنبه در پاریس گفت که مذاکرات ادامه دارد.", "فرانسوا لوبرن"),
        ("fa", "به گفته ماریو کاستلی، کارخانه هفته آینده بسته می‌شود.", "ماریو کاستلی"),
        ("fa", "سباستین مولر، مربی تیم، از بازیکنان تشکر کرد.", "سباستین مولر"),
        ("fa", "مهسا کریمی روز شنبه در شیراز بازداشت شد.", "مهسا کریمی"),
    ],
)
def test_a_foreign_name_opening_with_a_listed_given_name_needs_no_title(language: str, text: str, name: str) -> None:
    assert people(text, language) == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "تحسن الجو في المدينة بعد العاصفة الأخيرة."),  # "الجو", the air: no given name
        ("ar", "أطلق الجيش غازا سام على المتظاهرين في الساحة."),  # "سام", poisonous
        ("ar", "ماركو في الغرفة المجاورة مع الآخرين."),  # a given name alone, a preposition after it
        ("fa", "پل جدید شهر روز شنبه افتتاح شد."),  # "پل", a bridge
        ("fa", "جان صدها نفر در این سیل به خطر افتاد."),  # "جان", life
        ("fa", "مارک این شرکت در بازار شناخته شده است."),  # "مارک", a brand
    ],
)
def test_no_person_from_a_word_of_the_language(language: str, text: str) -> None:
    assert people(text, language) == []
