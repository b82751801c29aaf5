"""An Arabic body after an institution's adjective is completed by a glued "of the" body of two words ("المجلس
الأعلى للقوات المسلحة") or one its own word completes, not by a one-word body that is the verb's object ("the national
army [criticised] the police"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "ar") if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("ووجه الجيش الوطني للشرطة اتهامات كثيرة.", "الجيش الوطني للشرطة"),
        ("وقدم الحرس الوطني للجيش مساعدة كبيرة.", "الحرس الوطني للجيش"),
    ],
)
def test_a_verbs_object_is_no_part_of_the_body(text: str, wrong: str) -> None:
    assert wrong not in names(text)


def test_a_two_word_body_still_completes_it() -> None:
    assert "مجلس الأعلى للقوات المسلحة" in names("وأعلن المجلس الأعلى للقوات المسلحة قرارا جديدا.")
