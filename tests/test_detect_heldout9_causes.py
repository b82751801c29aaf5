"""Causes of the actors missed or wrongly found in Persian, Arabic, Chinese, Turkish and Ukrainian on the ninth
held-out set, each as a general rule on made-up sentences."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        ("آقای مورانو در سخنرانی‌اش گفت که نشست به تعویق افتاد.", "fa", "مورانو"),
        ("خانم لاهوتی گفت که نشست لغو شد.", "fa", "لاهوتی"),
        ("وقال السيد مورانو إن الاجتماع تأجل.", "ar", "مورانو"),
        ("آقای مورانو نامه را امضا کرد.", "fa", "مورانو"),
    ],
)
def test_one_word_after_an_honorific_is_a_persons_surname(text: str, language: str, surname: str) -> None:
    assert names(text, language)[surname] == ("person", (surname,))


def test_an_honorific_with_no_name_after_it_names_nobody() -> None:
    assert names("وأكد السيد في كلمته أن الاجتماع تأجل.", "ar") == {}


@pytest.mark.parametrize(
    ("text", "language", "name", "surfaces"),
    [
        ("أعلنت الشرطة مقتل سالم بن وحيد، زعيم الجماعة، في غارة.", "ar", "سالم بن وحيد", ("سالم بن وحيد",)),
        ("زار الملك عبد الله بن عبد العزيز المدينة.", "ar", "عبد الله بن عبد العزيز", ("عبد الله بن عبد العزيز",)),
        ("عملیات تخریب خانه خالد بن‌وحید به پایان رسید.", "fa", "خالد بن\u200cوحید", ("خالد بن\u200cوحید",)),
        (
            "خانه خالد بن‌وحید تخریب شد. پس از مرگ بن وحید، خانه خالی ماند.",
            "fa",
            "خالد بن\u200cوحید",
            ("خالد بن\u200cوحید", "بن وحید"),
        ),
    ],
)
def test_a_name_joined_by_son_of_is_a_person_with_no_title(text: str, language: str, name: str, surfaces: tuple) -> None:
    assert names(text, language)[name] == ("person", surfaces)


def test_the_family_name_alone_after_a_noun_is_the_person_named_before() -> None:
    found = names("خانه خالد بن‌وحید تخریب شد.\n\nپس از مرگ بن وحید، خانه خالی ماند.", "fa")
    assert list(found) == ["خالد بن\u200cوحید"]

