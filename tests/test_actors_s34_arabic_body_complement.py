"""Arabic names a body by its head-word, an institution's adjective and "of the" another body ("المجلس الأعلى للقوات
المسلحة", the Supreme Council of the Armed Forces; "الهيئة الوطنية لإدارة الكوارث", the National Disaster Management
Authority): one body, not two. After another adjective, a state's, or past a comma, the glued preposition is the verb's
and the bodies stay apart. Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> set[str]:
    return {s for a in find_actors(text, "ar") if a.kind == "organisation" for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وأصدر المجلس الأعلى للقوات المسلحة بيانا مساء الأحد.", "مجلس الأعلى للقوات المسلحة"),
        ("وقالت الهيئة العامة للاستعلامات إن الزيارة تأجلت.", "هيئة العامة للاستعلامات"),
        ("أعلنت المفوضية الوطنية لإدارة الانتخابات النتائج يوم الاثنين.", "المفوضية الوطنية لإدارة الانتخابات"),
    ],
)
def test_a_body_completed_by_another_is_one_body(text: str, body: str) -> None:
    assert organisations(text) == {body}


def test_after_a_state_adjective_the_bodies_stay_apart() -> None:
    found = {a.name for a in find_actors("وقال الجيش المصري للقوات الليبية إن الحدود مغلقة.", "ar")}
    assert found == {"Egypt Army", "Libya Armed Forces"}


def test_past_a_comma_the_bodies_stay_apart() -> None:
    assert organisations("وأعلن المجلس الأعلى، للجنة الانتخابات، موعد التصويت.") == {"مجلس الأعلى", "لجنة الانتخابات"}


@pytest.mark.parametrize(
    "text",
    [
        "شكرت الحكومة المؤقتة للجيش جهوده في حماية المدن.",  # "interim" is no institution's adjective
        "وقال المسؤول الجديد للصحفيين إن الطريق مغلق.",  # no body at all
        "ووصل الوفد الرسمي للعاصمة مساء الأحد.",  # a delegation arriving in the capital
    ],
)
def test_no_body_is_read_on_after_another_word(text: str) -> None:
    assert not any(s.endswith(("للجيش", "للصحفيين", "للعاصمة")) for s in organisations(text))
